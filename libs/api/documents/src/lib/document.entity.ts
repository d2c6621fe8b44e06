import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import {
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_KINDS,
  DOCUMENT_MAX_BYTES,
  type DocumentContentType,
  type DocumentKind,
} from '@worker-aid/shared/domain';
import { encryptedText, sqlIn } from '@worker-aid/api/core';
import { Unit } from '@worker-aid/api/units';
import { User } from '@worker-aid/api/users';
import { DOCUMENT_ENCRYPTED } from './document-encryption';
import { OWNER_TYPES, type OwnerType } from './owner-type';

/**
 * A proof document (证明材料) on a worker, a hardship file or a case. Its bytes live encrypted in
 * `document_chunk`; the row holds what the list shows. It keeps its owner's unit, so scope is
 * one check. Documents are hidden, never deleted; the same bytes may be on a record once among
 * those not hidden (`document_owner_content_key`, on the blind index of their SHA-256).
 */
@Entity('document')
@Check('document_owner_type_check', sqlIn('owner_type', OWNER_TYPES))
@Check('document_kind_check', sqlIn('kind', DOCUMENT_KINDS))
@Check('document_content_type_check', sqlIn('content_type', DOCUMENT_CONTENT_TYPES))
@Check('document_size_check', `"size" > 0 AND "size" <= ${DOCUMENT_MAX_BYTES}`)
@Check('document_hidden_check', `("hidden_at" IS NULL) = ("hidden_by" IS NULL)`)
@Index('document_owner_idx', ['ownerType', 'ownerId', 'listSeq'])
@Index('document_owner_content_key', ['ownerType', 'ownerId', 'sha256Index'], {
  unique: true,
  where: '"hidden_at" IS NULL',
})
export class Document {
  /** Chosen before the upload starts: its chunks are written first. */
  @PrimaryColumn('uuid')
  id!: string;

  /** Insertion order, for a stable newest-first list. */
  @Index('document_list_seq_key', { unique: true })
  @Column({ name: 'list_seq', type: 'bigint', generated: 'increment', insert: false, update: false })
  listSeq!: string;

  @Column({ name: 'owner_type', type: 'varchar', length: 8 })
  ownerType!: OwnerType;

  /** The worker, file or case; its feature owns it (no foreign key across features' tables). */
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  /** The owner's unit when the document was attached: decides who sees it. */
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'document_unit_fkey' })
  unit?: Unit;

  @Column({ type: 'varchar', length: 32 })
  kind!: DocumentKind;

  @Column({
    name: 'file_name_encrypted',
    type: 'text',
    transformer: encryptedText(DOCUMENT_ENCRYPTED.fileName),
  })
  fileName!: string;

  /** Read from the content, never from the name or the client's word. */
  @Column({ name: 'content_type', type: 'varchar', length: 32 })
  contentType!: DocumentContentType;

  @Column({ type: 'integer' })
  size!: number;

  /** Hex. */
  @Column({ name: 'sha256_encrypted', type: 'text', transformer: encryptedText(DOCUMENT_ENCRYPTED.sha256) })
  sha256!: string;

  /** See `contentIndex`. */
  @Column({ name: 'sha256_index', type: 'bytea' })
  sha256Index!: Buffer;

  @Column({ name: 'has_thumbnail', type: 'boolean' })
  hasThumbnail!: boolean;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'document_uploaded_by_fkey' })
  uploader?: User;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hidden_by', foreignKeyConstraintName: 'document_hidden_by_fkey' })
  hider?: User;
}
