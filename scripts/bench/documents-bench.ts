import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import sharp from 'sharp';
import {
  checkCharacterOf,
  DOCUMENT_MAX_BYTES,
  type DocumentView,
  type LoginResponse,
  type UnitView,
} from '@worker-aid/shared/domain';
import { dropDatabase, type EncryptionKeys, withDatabase } from '@worker-aid/api/core';
import { samplePdf } from '../../api/src/demo/documents/sample-pdf';
import { ApiProcess } from './api-process';
import { recreateDatabase, type BenchServer } from './bench-database';

const UPLOADS = 10;
const ADMIN_PASSWORD = 'bench-documents-admin-password';
const MB = 1024 * 1024;

export interface DocumentsBenchResult {
  label: string;
  rssBefore: number;
  rssPeak: number;
  rssAfter: number;
  seconds: number;
}

/** A 20 MB upload: the multipart head, the file's bytes as `body` yields them, the tail. */
interface Upload {
  head: Buffer;
  body: () => Generator<Buffer>;
  tail: Buffer;
  length: number;
}

function uploadOf(kind: string, fileName: string, size: number, body: () => Generator<Buffer>): Upload {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { head, body, tail, length: head.length + size + tail.length };
}

/** A PDF of exactly 20 MB: a real one-page PDF, then blank padding made 64 KB at a time. */
function pdfUpload(n: number): Upload {
  const pdf = samplePdf([`收入证明 bench ${n}`], randomBytes(8).toString('hex'));
  return uploadOf('income_proof', `bench-${n}.pdf`, DOCUMENT_MAX_BYTES, function* () {
    yield pdf;
    const blank = Buffer.alloc(64 * 1024, 0x20);
    for (let left = DOCUMENT_MAX_BYTES - pdf.length; left > 0; left -= blank.length)
      yield blank.subarray(0, Math.min(left, blank.length));
  });
}

/** A picture of nearly 20 MB (noise does not compress), which gets a thumbnail too. */
async function pictureUpload(n: number): Promise<Upload> {
  const side = 2500;
  const png = await sharp({
    create: {
      width: side,
      height: side,
      channels: 3,
      background: '#777',
      noise: { type: 'gaussian', mean: 120 + n, sigma: 50 },
    },
  })
    .png({ compressionLevel: 1 })
    .toBuffer();
  if (png.length > DOCUMENT_MAX_BYTES)
    throw new Error(`the bench picture is ${png.length} bytes, over the limit`);
  return uploadOf('visit_photo', `bench-${n}.png`, png.length, function* () {
    for (let at = 0; at < png.length; at += 64 * 1024) yield png.subarray(at, at + 64 * 1024);
  });
}

/** Sends an upload streamed, with backpressure; resolves with the answer. */
function send(
  api: ApiProcess,
  token: string,
  path: string,
  upload: Upload,
): Promise<{ status: number; body: string }> {
  return new Promise((resolveAnswer, reject) => {
    const req = request(`${api.url}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${upload.head.toString().slice(2, upload.head.indexOf('\r\n'))}`,
        'content-length': upload.length,
      },
    });
    req.on('error', reject);
    req.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolveAnswer({ status: response.statusCode ?? 0, body }));
    });
    const pieces = [upload.head, ...upload.body(), upload.tail][Symbol.iterator]();
    const pump = (): void => {
      for (let next = pieces.next(); !next.done; next = pieces.next()) {
        if (!req.write(next.value)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

/** Uploads them all at once while sampling the server's memory every 20 ms. */
async function measure(
  api: ApiProcess,
  token: string,
  label: string,
  uploads: Upload[],
  path: string,
): Promise<DocumentsBenchResult> {
  const rssBefore = api.rss();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, api.rss())), 20);
  const started = performance.now();
  try {
    const answers = await Promise.all(uploads.map((upload) => send(api, token, path, upload)));
    const wrong = answers.filter((answer) => answer.status !== 201);
    if (wrong.length > 0) throw new Error(`${label}: ${wrong.length} uploads failed: ${wrong[0]?.body}`);
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  rssPeak = Math.max(rssPeak, api.rss());
  // Let the process settle (sockets closed, buffers released) before the figure after.
  await new Promise((done) => setTimeout(done, 2000));
  return { label, rssBefore, rssPeak, rssAfter: api.rss(), seconds };
}

/**
 * Ten 20 MB uploads at the same moment against the API in a process of its own, on a fresh
 * database `wa_bench_documents` beside `wa_bench`: the server's resident memory before, at its
 * peak and after, first for PDFs (streamed into encrypted chunks), then for pictures (the same,
 * plus a thumbnail each, made one at a time). Checks one download against its upload's hash.
 */
export async function benchDocuments(
  server: BenchServer,
  keys: EncryptionKeys,
): Promise<DocumentsBenchResult[]> {
  const database = 'wa_bench_documents';
  const scratch: BenchServer = { ...server, database, url: withDatabase(server.serverUrl, database) };
  await recreateDatabase(scratch);
  const api = await ApiProcess.start(scratch.url, keys, ADMIN_PASSWORD);
  try {
    const { accessToken: token } = await api.json<LoginResponse>('/api/auth/login', null, 'POST', {
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    const [root] = await api.json<UnitView[]>('/api/units', token);
    const worker = await api.json<{ id: string }>('/api/workers', token, 'POST', {
      name: '基准测试',
      idNumber: `34110219720314026${checkCharacterOf('34110219720314026')}`,
      unitId: root?.id,
    });
    const path = `/api/workers/${worker.id}/documents`;
    // Warm-up: the first upload loads what later ones reuse (file-type, sharp).
    await measure(api, token, 'warm-up', [pdfUpload(-1), await pictureUpload(-1)], path);
    const pdfs = await measure(
      api,
      token,
      `${UPLOADS} PDFs of 20 MB at once`,
      Array.from({ length: UPLOADS }, (_, n) => pdfUpload(n)),
      path,
    );
    const pictures = await measure(
      api,
      token,
      `${UPLOADS} pictures of ${Math.floor(((await pictureUpload(0)).length / MB) * 10) / 10} MB at once`,
      await Promise.all(Array.from({ length: UPLOADS }, (_, n) => pictureUpload(n))),
      path,
    );
    await checkOneDownload(api, token, path);
    return [pdfs, pictures];
  } finally {
    await api.stop();
    await dropDatabase(server.serverUrl, scratch.database);
  }
}

async function checkOneDownload(api: ApiProcess, token: string, listPath: string): Promise<void> {
  const [newest] = await api.json<DocumentView[]>(listPath, token);
  if (!newest) throw new Error('no document was stored');
  const response = await fetch(`${api.url}/api/documents/${newest.id}/content`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const digest = createHash('sha256')
    .update(Buffer.from(await response.arrayBuffer()))
    .digest('hex');
  if (digest !== newest.sha256) throw new Error('a downloaded document differs from its upload');
}

export function documentsLines(results: DocumentsBenchResult[]): string[] {
  const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
  return results.map(
    (r) =>
      `  ${r.label}: server RSS ${mb(r.rssBefore)} before, ${mb(r.rssPeak)} at the peak (+${mb(r.rssPeak - r.rssBefore)}), ${mb(r.rssAfter)} after; ${r.seconds.toFixed(1)} s`,
  );
}
