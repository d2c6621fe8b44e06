import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import request from 'supertest';
import type { App } from 'supertest/types';
import type { DocumentOwner } from '@worker-aid/shared/domain';
import { samplePdf } from '../../src/demo/documents/sample-pdf';

/** A small valid PDF; `marker` goes in as plain bytes (a comment), to look for in dumps. */
export const pdfWith = (marker = randomBytes(6).toString('hex')): Buffer =>
  samplePdf(['收入证明 测试', `marker ${marker}`], marker);

/** A picture of the given size and format; `seed` changes its colour, hence its bytes. */
export function picture(
  format: 'png' | 'jpeg' | 'webp',
  width = 640,
  height = 480,
  seed = 0,
): Promise<Buffer> {
  const background = { r: (seed * 37) % 256, g: (seed * 91) % 256, b: 128 };
  return sharp({ create: { width, height, channels: 3, background } })
    [format]()
    .toBuffer();
}

/** An executable (ELF or Windows MZ header) that any name may be given. */
export const executable = (kind: 'elf' | 'mz'): Buffer =>
  kind === 'elf'
    ? Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), randomBytes(6000)])
    : Buffer.concat([
        Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'),
        Buffer.alloc(200),
        Buffer.from('PE\0\0', 'latin1'),
        randomBytes(6000),
      ]);

export type FormField =
  | { name: string; value: string }
  | { name: string; fileName: string; bytes: Buffer; contentType?: string };

/**
 * A multipart/form-data body written out byte for byte (a file name goes in exactly as given,
 * control characters and all), with its Content-Type header.
 */
export function multipartBody(fields: readonly FormField[]): { contentType: string; body: Buffer } {
  const boundary = `----wa${randomBytes(12).toString('hex')}`;
  const pieces: Buffer[] = [];
  for (const field of fields) {
    const header =
      'bytes' in field
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${field.name}"; filename="${field.fileName}"\r\nContent-Type: ${field.contentType ?? 'application/octet-stream'}\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${field.name}"\r\n\r\n`;
    pieces.push(
      Buffer.from(header, 'utf8'),
      'bytes' in field ? field.bytes : Buffer.from(field.value, 'utf8'),
      Buffer.from('\r\n'),
    );
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(pieces) };
}

/** The usual upload: a kind and a file. */
export const uploadForm = (kind: string, bytes: Buffer, fileName = 'document.pdf'): FormField[] => [
  { name: 'kind', value: kind },
  { name: 'file', fileName, bytes },
];

/** POSTs a form to `/api/<owner>/<id>/documents` as the token's user. */
export function postForm(
  http: App,
  token: string,
  owner: DocumentOwner,
  id: string,
  fields: readonly FormField[],
) {
  const { contentType, body } = multipartBody(fields);
  return request(http)
    .post(`/api/${owner}/${id}/documents`)
    .auth(token, { type: 'bearer' })
    .set('Content-Type', contentType)
    .send(body);
}
