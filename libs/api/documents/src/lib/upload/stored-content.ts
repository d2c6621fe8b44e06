import { createHash } from 'node:crypto';
import { DOCUMENT_MAX_BYTES, type DocumentContentType } from '@worker-aid/shared/domain';
import { apiError, type ApiError, invalidField } from '@worker-aid/api/core';
import type { ChunkWriter } from '../storage/chunk-writer';
import { detectContentType, TYPE_SAMPLE_BYTES } from './file-type';

/** What an upload's bytes turned out to be, once all are stored. */
export interface StoredContent {
  contentType: DocumentContentType;
  size: number;
  sha256: string;
}

/**
 * Streams a file's bytes into the writer, hashing them on the way, and types them from their
 * first bytes: 415 `document.type` for anything but PDF, JPEG, PNG and WebP (before any is
 * stored), 413 `document.too_large` past DOCUMENT_MAX_BYTES, 400 for an empty file.
 */
export async function storeContent(
  content: AsyncIterable<Buffer>,
  writer: ChunkWriter,
): Promise<StoredContent> {
  const hash = createHash('sha256');
  let size = 0;
  let sample: Buffer[] | null = [];
  let contentType: DocumentContentType | null = null;
  const typeFrom = async (bytes: Buffer): Promise<DocumentContentType> => {
    const detected = await detectContentType(bytes);
    if (!detected) throw apiError('document.type', 'file: only PDF, JPEG, PNG and WebP documents are taken');
    await writer.write(bytes);
    return detected;
  };
  for await (const piece of content) {
    size += piece.length;
    if (size > DOCUMENT_MAX_BYTES) throw tooLarge();
    hash.update(piece);
    if (sample) {
      sample.push(piece);
      if (size < TYPE_SAMPLE_BYTES) continue;
      contentType = await typeFrom(Buffer.concat(sample));
      sample = null;
      continue;
    }
    await writer.write(piece);
  }
  if (size === 0) throw invalidField('file', 'required', 'is empty');
  if (sample) contentType = await typeFrom(Buffer.concat(sample));
  await writer.end();
  return { contentType: contentType as DocumentContentType, size, sha256: hash.digest('hex') };
}

export function tooLarge(): ApiError {
  return apiError('document.too_large', `file: larger than ${DOCUMENT_MAX_BYTES / (1024 * 1024)} MB`);
}
