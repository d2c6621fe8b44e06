import type { EntityManager } from 'typeorm';
import { encryptChunk, type ChunkPart } from '../document-encryption';
import type { DocumentQueries } from '../document.queries';

/** Plaintext bytes per stored chunk: small enough that an upload holds about one in memory. */
export const CHUNK_BYTES = 512 * 1024;

/**
 * Writes one part of a document as it arrives: gathers the pieces a stream hands over into
 * chunks of CHUNK_BYTES, and encrypts and inserts each as soon as it is full.
 */
export class ChunkWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;

  constructor(
    private readonly queries: DocumentQueries,
    private readonly manager: EntityManager,
    private readonly documentId: string,
    private readonly part: ChunkPart,
  ) {}

  async write(piece: Buffer): Promise<void> {
    let rest = piece;
    while (this.pendingBytes + rest.length >= CHUNK_BYTES) {
      const take = CHUNK_BYTES - this.pendingBytes;
      this.pending.push(rest.subarray(0, take));
      rest = rest.subarray(take);
      await this.flush();
    }
    if (rest.length > 0) {
      this.pending.push(rest);
      this.pendingBytes += rest.length;
    }
  }

  /** Writes what is left; returns how many chunks the part has. */
  async end(): Promise<number> {
    if (this.pendingBytes > 0) await this.flush();
    return this.seq;
  }

  private async flush(): Promise<void> {
    const plain = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    const seq = this.seq++;
    await this.queries.insertChunk(this.manager, {
      documentId: this.documentId,
      part: this.part,
      seq,
      bytes: encryptChunk(plain, this.documentId, this.part, seq),
    });
  }
}
