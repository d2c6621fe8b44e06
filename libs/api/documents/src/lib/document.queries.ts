import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ChunkPart } from './document-encryption';
import { Document } from './document.entity';
import type { OwnerType } from './owner-type';

/** Every query of `document` and `document_chunk`, which the documents feature owns. */
@Injectable()
export class DocumentQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertChunk(
    manager: EntityManager,
    chunk: { documentId: string; part: ChunkPart; seq: number; bytes: Buffer },
  ): Promise<void> {
    await manager.query(
      'INSERT INTO document_chunk (document_id, part, seq, bytes) VALUES ($1, $2, $3, $4)',
      [chunk.documentId, chunk.part, chunk.seq, chunk.bytes],
    );
  }

  /** One stored chunk, or null past the last. */
  async chunk(
    documentId: string,
    part: ChunkPart,
    seq: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Buffer | null> {
    const [row] = await manager.query<{ bytes: Buffer }[]>(
      'SELECT bytes FROM document_chunk WHERE document_id = $1 AND part = $2 AND seq = $3',
      [documentId, part, seq],
    );
    return row?.bytes ?? null;
  }

  async insert(manager: EntityManager, document: Document): Promise<void> {
    await manager.insert(Document, document);
  }

  async save(manager: EntityManager, document: Document): Promise<void> {
    await manager.save(document);
  }

  /** The record's document with these bytes that is not hidden, if any. */
  async sameContent(
    manager: EntityManager,
    ownerType: OwnerType,
    ownerId: string,
    sha256Index: Buffer,
  ): Promise<string | null> {
    const [row] = await manager.query<{ id: string }[]>(
      `SELECT id FROM document
       WHERE owner_type = $1 AND owner_id = $2 AND sha256_index = $3 AND hidden_at IS NULL`,
      [ownerType, ownerId, sha256Index],
    );
    return row?.id ?? null;
  }

  /** Hides a document: its row and bytes stay. */
  async hide(manager: EntityManager, id: string, hiddenBy: string): Promise<void> {
    await manager.query(
      'UPDATE document SET hidden_at = now(), hidden_by = $2 WHERE id = $1 AND hidden_at IS NULL',
      [id, hiddenBy],
    );
  }

  /** The record's documents that are not hidden, newest first. */
  listOf(ownerType: OwnerType, ownerId: string): Promise<Document[]> {
    return this.dataSource
      .getRepository(Document)
      .createQueryBuilder('d')
      .where('d.owner_type = :ownerType AND d.owner_id = :ownerId AND d.hidden_at IS NULL', {
        ownerType,
        ownerId,
      })
      .orderBy('d.list_seq', 'DESC')
      .getMany();
  }
}
