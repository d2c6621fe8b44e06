import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FieldKeyring, generateEncryptionKeys, installFieldKeyring } from '@worker-aid/api/core';
import { decryptChunk } from '../document-encryption';
import type { DocumentQueries } from '../document.queries';
import { CHUNK_BYTES, ChunkWriter } from './chunk-writer';

describe('ChunkWriter', () => {
  beforeAll(() => installFieldKeyring(new FieldKeyring(generateEncryptionKeys('unit-1'))));

  function writerInto(stored: { seq: number; bytes: Buffer }[]) {
    const queries = {
      insertChunk: async (_manager: EntityManager, chunk: { seq: number; bytes: Buffer }) => {
        stored.push({ seq: chunk.seq, bytes: chunk.bytes });
      },
    } as unknown as DocumentQueries;
    return new ChunkWriter(queries, {} as EntityManager, 'doc-1', 'content');
  }

  it('cuts whatever pieces arrive into full chunks, each encrypted for its place', async () => {
    const stored: { seq: number; bytes: Buffer }[] = [];
    const writer = writerInto(stored);
    const content = randomBytes(CHUNK_BYTES * 2 + 1234);
    for (let at = 0; at < content.length; at += 70_001) await writer.write(content.subarray(at, at + 70_001));
    expect(await writer.end()).toBe(3);
    expect(stored.map((c) => c.seq)).toEqual([0, 1, 2]);
    const plain = stored.map((c) => decryptChunk(c.bytes, 'doc-1', 'content', c.seq));
    expect(plain.map((p) => p.length)).toEqual([CHUNK_BYTES, CHUNK_BYTES, 1234]);
    expect(Buffer.concat(plain).equals(content)).toBe(true);
    expect(() => decryptChunk(stored[1].bytes, 'doc-1', 'content', 0)).toThrow();
  });

  it('writes a part of exactly one chunk once, and nothing for nothing', async () => {
    const stored: { seq: number; bytes: Buffer }[] = [];
    const writer = writerInto(stored);
    await writer.write(randomBytes(CHUNK_BYTES));
    expect(await writer.end()).toBe(1);
    const empty: { seq: number; bytes: Buffer }[] = [];
    expect(await writerInto(empty).end()).toBe(0);
    expect(empty).toEqual([]);
  });
});
