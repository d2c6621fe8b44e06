import { fieldKeyring } from '@worker-aid/api/core';

/**
 * The document's values stored encrypted, each with its name authenticated alongside its
 * ciphertext. Data written under a name only decrypts under it: never rename one.
 */
export const DOCUMENT_ENCRYPTED = {
  /** The file name as uploaded (it may carry a person's name). */
  fileName: 'document.file_name',
  /** The content's SHA-256 (hex), shown in the answer; equal documents are found by its blind index. */
  sha256: 'document.sha256',
} as const;

export type ChunkPart = 'content' | 'thumbnail';
export const CHUNK_PARTS: readonly ChunkPart[] = ['content', 'thumbnail'];

/**
 * The name a chunk's bytes are authenticated with: its document, part and place, so a chunk
 * moved to another document or place no longer decrypts.
 */
export const chunkContext = (documentId: string, part: ChunkPart, seq: number): string =>
  `document_chunk.bytes:${documentId}:${part}:${seq}`;

export function encryptChunk(plain: Buffer, documentId: string, part: ChunkPart, seq: number): Buffer {
  return fieldKeyring().encryptBytes(plain, chunkContext(documentId, part, seq));
}

export function decryptChunk(stored: Buffer, documentId: string, part: ChunkPart, seq: number): Buffer {
  return fieldKeyring().decryptBytes(stored, chunkContext(documentId, part, seq));
}

/** The blind index that finds the same bytes again on a record, without storing their hash in the clear. */
export function contentIndex(sha256Hex: string): Buffer {
  return fieldKeyring().blindIndex(sha256Hex, DOCUMENT_ENCRYPTED.sha256);
}
