import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { sqlIn } from '@worker-aid/api/core';
import { Document } from './document.entity';
import { CHUNK_PARTS, type ChunkPart } from './document-encryption';

/**
 * A piece of a document's content or thumbnail, encrypted on its own (`encryptChunk`), so a
 * document is written and read a piece at a time and never held whole in memory. The foreign
 * key is checked at commit: an upload writes its chunks before it knows enough to write the
 * document's row.
 */
@Entity('document_chunk')
@Unique('document_chunk_place_key', ['documentId', 'part', 'seq'])
@Check('document_chunk_part_check', sqlIn('part', CHUNK_PARTS))
@Check('document_chunk_seq_check', `"seq" >= 0`)
export class DocumentChunk {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => Document, { onDelete: 'RESTRICT', deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_chunk_document_fkey' })
  document?: Document;

  @Column({ type: 'varchar', length: 16 })
  part!: ChunkPart;

  @Column({ type: 'integer' })
  seq!: number;

  /** `<key id>:` ‖ iv ‖ ciphertext ‖ tag. */
  @Column({ type: 'bytea' })
  bytes!: Buffer;
}
