import type { EntityManager } from 'typeorm';
import { decryptChunk, type ChunkPart } from '../document-encryption';
import type { DocumentQueries } from '../document.queries';

/** A part of a document, decrypted a chunk at a time, each chunk read only when the last was taken. */
export async function* readChunks(
  queries: DocumentQueries,
  documentId: string,
  part: ChunkPart,
  manager?: EntityManager,
): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq += 1) {
    const stored = await queries.chunk(documentId, part, seq, manager);
    if (!stored) return;
    yield decryptChunk(stored, documentId, part, seq);
  }
}

/** A whole part in one buffer of the known size (a picture, for its thumbnail). */
export async function readWhole(
  queries: DocumentQueries,
  documentId: string,
  part: ChunkPart,
  size: number,
  manager?: EntityManager,
): Promise<Buffer> {
  const whole = Buffer.allocUnsafe(size);
  let offset = 0;
  for await (const chunk of readChunks(queries, documentId, part, manager)) {
    offset += chunk.copy(whole, offset);
  }
  if (offset !== size) throw new Error(`document ${documentId}: ${part} holds ${offset} bytes, not ${size}`);
  return whole;
}
