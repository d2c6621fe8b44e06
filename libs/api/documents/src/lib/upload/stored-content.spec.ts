import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { DOCUMENT_MAX_BYTES } from '@worker-aid/shared/domain';
import type { ChunkWriter } from '../storage/chunk-writer';
import { storeContent } from './stored-content';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(8000, 7)]);

function recordingWriter() {
  const written: Buffer[] = [];
  let ended = false;
  const writer = {
    write: async (piece: Buffer) => void written.push(Buffer.from(piece)),
    end: async () => {
      ended = true;
      return written.length;
    },
  } as unknown as ChunkWriter;
  return { writer, written, ended: () => ended };
}

async function* pieces(content: Buffer, size = 1000): AsyncGenerator<Buffer> {
  for (let at = 0; at < content.length; at += size) yield content.subarray(at, at + size);
}

describe('storeContent', () => {
  it('types, hashes, measures and hands on every byte of a PDF', async () => {
    const { writer, written, ended } = recordingWriter();
    const padded = Buffer.concat([PDF, Buffer.alloc(10_000, 0x20)]);
    const stored = await storeContent(pieces(padded), writer);
    expect(stored).toEqual({
      contentType: 'application/pdf',
      size: padded.length,
      sha256: createHash('sha256').update(padded).digest('hex'),
    });
    expect(Buffer.concat(written).equals(padded)).toBe(true);
    expect(ended()).toBe(true);
  });

  it('types a file smaller than the sample it reads', async () => {
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    expect((await storeContent(pieces(png, 7), recordingWriter().writer)).contentType).toBe('image/png');
  });

  it('refuses what is not a PDF or a picture (415) before storing any of it, whatever its name', async () => {
    for (const content of [
      ELF,
      Buffer.from('MZ\x90\x00'.padEnd(5000, '\x00'), 'latin1'),
      Buffer.from('hello'),
    ]) {
      const { writer, written } = recordingWriter();
      await expect(storeContent(pieces(content), writer)).rejects.toMatchObject({ code: 'document.type' });
      expect(written).toEqual([]);
    }
  });

  it('refuses more than 20 MB (413) and an empty file (400)', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(DOCUMENT_MAX_BYTES + 1 - PDF.length, 0x20)]);
    await expect(storeContent(pieces(big, 1 << 20), recordingWriter().writer)).rejects.toMatchObject({
      code: 'document.too_large',
    });
    const exact = big.subarray(0, DOCUMENT_MAX_BYTES);
    expect((await storeContent(pieces(exact, 1 << 20), recordingWriter().writer)).size).toBe(
      DOCUMENT_MAX_BYTES,
    );
    await expect(storeContent(pieces(Buffer.alloc(0)), recordingWriter().writer)).rejects.toMatchObject({
      code: 'validation',
    });
  });
});
