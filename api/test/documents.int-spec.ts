import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import request, { type Response } from 'supertest';
import { DataSource } from 'typeorm';
import {
  DOCUMENT_MAX_BYTES,
  DOCUMENT_THUMBNAIL_PX,
  type AuditEntryView,
  type DocumentOwner,
  type DocumentView,
  type FileView,
  type Page,
  type UnitView,
  type WorkerView,
} from '@worker-aid/shared/domain';
import { FieldKeyring, generateEncryptionKeys, installFieldKeyring } from '@worker-aid/api/core';
import { attachDemoDocuments } from '../src/demo/demo-documents';
import { rotateEncryptionKeys } from '../src/maintenance/rotate-keys';
import { backupScript, runsDumpTests } from './support/backup-scripts';
import { executable, multipartBody, pdfWith, picture, postForm, uploadForm } from './support/documents';
import { identityNumber } from './support/identity-numbers';
import { DEEP_HOUSEHOLD, MEDICAL_DETAILS } from './support/records';
import { invalidField, refused } from './support/refused';
import { TestApp } from './support/test-app';

/** Reads a response body as the bytes sent, whatever its type. */
function bytes(response: Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * center → industry A (grassroots A1: a worker, a case and a hardship file) and its sibling B.
 * Two caseworkers of A1 upload; a manager of A only reads; a caseworker of B sees none of it.
 */
describe('proof documents', () => {
  let app: TestApp;
  let admin: string;
  let industryA: UnitView;
  let grassrootsA1: UnitView;
  let caseworker: string;
  let caseworkerId: string;
  let colleague: string;
  let managerA: string;
  let siblingCaseworker: string;
  const owners = {} as Record<DocumentOwner, string>;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.adminToken();
    const center = await app.rootUnit(admin);
    industryA = await app.createUnit(admin, center.id, 'industry');
    const industryB = await app.createUnit(admin, center.id, 'industry');
    grassrootsA1 = await app.createUnit(admin, industryA.id, 'grassroots');
    const signedIn = await app.tokenFor(admin, grassrootsA1.id, 'caseworker');
    caseworker = signedIn.token;
    caseworkerId = signedIn.user.id;
    colleague = (await app.tokenFor(admin, grassrootsA1.id, 'caseworker')).token;
    managerA = (await app.tokenFor(admin, industryA.id, 'manager')).token;
    siblingCaseworker = (await app.tokenFor(admin, industryB.id, 'caseworker')).token;
    const worker = (
      await as(admin)
        .post('/api/workers')
        .send({ name: '王秀英', idNumber: identityNumber(), unitId: grassrootsA1.id })
        .expect(201)
    ).body as WorkerView;
    owners.workers = worker.id;
    owners.cases = (
      await as(admin)
        .post('/api/cases')
        .send({
          type: 'medical',
          workerId: worker.id,
          requestedAmount: 100_000,
          summary: '医疗救助',
          details: MEDICAL_DETAILS,
        })
        .expect(201)
    ).body.id;
    await as(admin)
      .put('/api/standards')
      .send({ unitId: grassrootsA1.id, effectiveFrom: '2020-01-01', povertyLine: 72_000 })
      .expect(200);
    owners.files = (
      (
        await as(admin)
          .post('/api/files')
          .send({ workerId: worker.id, ...DEEP_HOUSEHOLD })
          .expect(201)
      ).body as FileView
    ).id;
  });
  afterAll(() => app.stop());

  const db = () => app.server.app.get(DataSource);

  function as(token: string) {
    return {
      get: (path: string) => request(app.http).get(path).auth(token, { type: 'bearer' }),
      post: (path: string) => request(app.http).post(path).auth(token, { type: 'bearer' }),
      put: (path: string) => request(app.http).put(path).auth(token, { type: 'bearer' }),
      delete: (path: string) => request(app.http).delete(path).auth(token, { type: 'bearer' }),
      download: (path: string) =>
        request(app.http).get(path).auth(token, { type: 'bearer' }).buffer(true).parse(bytes),
    };
  }

  async function upload(
    owner: DocumentOwner,
    content: Buffer,
    fileName = 'document.pdf',
    kind = 'other',
    token = caseworker,
  ): Promise<DocumentView> {
    const answer = await postForm(app.http, token, owner, owners[owner], uploadForm(kind, content, fileName));
    if (answer.status !== 201) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as DocumentView;
  }

  const listOf = async (owner: DocumentOwner, token = caseworker) =>
    (await as(token).get(`/api/${owner}/${owners[owner]}/documents`).expect(200)).body as DocumentView[];

  /** How many rows the two tables hold: a refused upload must leave both as they were. */
  const stored = async () =>
    (
      await db().query<{ documents: number; chunks: number }[]>(
        'SELECT (SELECT count(*)::int FROM document) AS documents, (SELECT count(*)::int FROM document_chunk) AS chunks',
      )
    )[0];

  describe('uploading', () => {
    it('takes PDF, JPEG, PNG and WebP on workers, files and cases, typed from the content', async () => {
      const pdf = pdfWith();
      const samples: [DocumentOwner, Buffer, string, string][] = [
        ['workers', pdf, '收入证明.pdf', 'application/pdf'],
        ['cases', await picture('jpeg', 1600, 1200, 1), 'invoice.jpg', 'image/jpeg'],
        ['files', await picture('png', 800, 2000, 2), 'visit.png', 'image/png'],
        // The name lies: the content decides.
        ['workers', await picture('webp', 300, 200, 3), 'scan.pdf', 'image/webp'],
      ];
      for (const [owner, content, fileName, contentType] of samples) {
        const document = await upload(owner, content, fileName, 'income_proof');
        expect(document).toEqual({
          id: expect.any(String),
          kind: 'income_proof',
          fileName,
          contentType,
          size: content.length,
          sha256: sha256(content),
          uploadedBy: caseworkerId,
          uploadedByName: expect.any(String),
          uploadedAt: expect.any(String),
          hasThumbnail: contentType !== 'application/pdf',
        });
        expect(Date.now() - new Date(document.uploadedAt).getTime()).toBeLessThan(60_000);
      }
    });

    it('lists a record’s documents newest first, each record its own', async () => {
      const first = await upload('cases', pdfWith(), 'first.pdf', 'medical_record');
      const second = await upload('cases', pdfWith(), 'second.pdf', 'invoice');
      const list = await listOf('cases');
      expect(list.slice(0, 2).map((d) => d.id)).toEqual([second.id, first.id]);
      expect((await listOf('workers')).map((d) => d.id)).not.toContain(first.id);
      expect((await listOf('files')).map((d) => d.id)).not.toContain(first.id);
    });

    it('refuses a renamed executable and anything else that is not a PDF or a picture (415), writing nothing', async () => {
      const before = await stored();
      for (const [content, fileName] of [
        [executable('elf'), 'income.pdf'],
        [executable('mz'), 'photo.jpg'],
        [Buffer.from('<html><script>alert(1)</script></html>'), 'page.pdf'],
        [Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(100)]), 'x.gif'],
      ] as const) {
        await refused(
          postForm(app.http, caseworker, 'workers', owners.workers, uploadForm('other', content, fileName)),
          'document.type',
        );
      }
      expect(await stored()).toEqual(before);
    });

    it('takes exactly 20 MB and refuses one byte more (413), writing nothing', async () => {
      const pdf = pdfWith();
      const padded = (size: number) => Buffer.concat([pdf, Buffer.alloc(size - pdf.length, 0x20)]);
      const before = await stored();
      await refused(
        postForm(
          app.http,
          caseworker,
          'files',
          owners.files,
          uploadForm('other', padded(DOCUMENT_MAX_BYTES + 1)),
        ),
        'document.too_large',
      );
      expect(await stored()).toEqual(before);
      const largest = await upload('files', padded(DOCUMENT_MAX_BYTES), 'largest.pdf');
      expect(largest.size).toBe(DOCUMENT_MAX_BYTES);
      const download = await as(caseworker).download(`/api/documents/${largest.id}/content`).expect(200);
      expect(sha256(download.body as Buffer)).toBe(largest.sha256);
    }, 60_000);

    it('refuses the same bytes twice on one record (409 with the first one’s id), but not on another record', async () => {
      const content = pdfWith();
      const first = await upload('workers', content, 'a.pdf');
      const before = await stored();
      const again = await refused(
        postForm(app.http, colleague, 'workers', owners.workers, uploadForm('id_card', content, 'b.pdf')),
        'document.duplicate',
      );
      expect(again['id']).toBe(first.id);
      expect(await stored()).toEqual(before);
      await upload('cases', content, 'a.pdf');
    });

    it('lets only one of two identical uploads at the same moment in (the other is a 409)', async () => {
      const content = pdfWith();
      const answers = await Promise.all(
        [caseworker, colleague].map((token) =>
          postForm(app.http, token, 'cases', owners.cases, uploadForm('other', content)),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const loser = answers.find((a) => a.status === 409) as Response;
      const winner = answers.find((a) => a.status === 201) as Response;
      expect(loser.body).toMatchObject({ code: 'document.duplicate', id: winner.body.id });
    });

    it('stores hostile file names harmlessly', async () => {
      const cases: [string, string][] = [
        ['../../etc/passwd', 'passwd'],
        ['..\\..\\windows\\evil.pdf', 'evil.pdf'],
        ['a\u0001b\u007fc\u202etxt.exe', 'abctxt.exe'],
        ['   ', 'document'],
        ['..', 'document'],
        [`${'很长的名字'.repeat(100)}.pdf`, `${'很长的名字'.repeat(100)}`.slice(0, 116) + '.pdf'],
      ];
      for (const [sent, kept] of cases) {
        const document = await upload('workers', pdfWith(), sent);
        expect({ sent, fileName: document.fileName }).toEqual({ sent, fileName: kept });
        const header = (await as(caseworker).download(`/api/documents/${document.id}/content`).expect(200))
          .headers['content-disposition'];
        expect(header).toMatch(
          /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/,
        );
      }
    });

    it('says which field is wrong: kind missing or unknown, no file, an extra field or file', async () => {
      const content = pdfWith();
      const form = (...fields: Parameters<typeof multipartBody>[0]) =>
        postForm(app.http, caseworker, 'workers', owners.workers, fields);
      const before = await stored();
      await invalidField(form({ name: 'file', fileName: 'x.pdf', bytes: content }), 'kind', 'required');
      await invalidField(form(...uploadForm('passport', content)), 'kind', 'one_of');
      // The kind after the file: known only once the bytes are stored, and rolled back with them.
      await invalidField(
        form({ name: 'file', fileName: 'x.pdf', bytes: content }, { name: 'kind', value: 'nope' }),
        'kind',
        'one_of',
      );
      await invalidField(form({ name: 'kind', value: 'other' }), 'file', 'required');
      await invalidField(
        form({ name: 'kind', value: 'other' }, { name: 'file', fileName: 'x.pdf', bytes: Buffer.alloc(0) }),
        'file',
        'required',
      );
      await invalidField(
        form(...uploadForm('other', content), { name: 'isAdmin', value: 'true' }),
        'isAdmin',
        'unknown_field',
      );
      await invalidField(
        form(...uploadForm('other', content), { name: 'file', fileName: 'y.pdf', bytes: pdfWith() }),
        'file',
        'max_items',
      );
      await invalidField(
        form(...uploadForm('other', content), { name: 'kind', value: 'other' }),
        'kind',
        'max_items',
      );
      expect(await stored()).toEqual(before);
    });

    it('answers a body that is not a form with 415, and a form sent anywhere else with the usual 415', async () => {
      await refused(
        as(caseworker).post(`/api/workers/${owners.workers}/documents`).send({ kind: 'other' }),
        'document.multipart',
      );
      const { contentType, body } = multipartBody(uploadForm('other', pdfWith()));
      const elsewhere = await as(caseworker)
        .post('/api/workers')
        .set('Content-Type', contentType)
        .send(body)
        .expect(415);
      expect(elsewhere.body).toEqual({
        statusCode: 415,
        error: 'Unsupported Media Type',
        code: 'body.unsupported_type',
        message: 'body: send JSON, with Content-Type: application/json',
      });
      await refused(
        as(caseworker)
          .post(`/api/workers/${owners.workers}/documents`)
          .set('Content-Type', 'multipart/form-data')
          .send('x'),
        'validation',
      );
    });
  });

  describe('downloading', () => {
    it('sends the bytes as uploaded, as an attachment with the detected type, and audits it', async () => {
      const content = pdfWith();
      const document = await upload('cases', content, '出院小结 王秀英.pdf', 'medical_record');
      const answer = await as(managerA).download(`/api/documents/${document.id}/content`).expect(200);
      expect((answer.body as Buffer).equals(content)).toBe(true);
      expect(answer.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(content.length),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
        'content-disposition': `attachment; filename="____ ___.pdf"; filename*=UTF-8''${encodeURIComponent('出院小结 王秀英.pdf')}`,
      });
      const audit = (
        await as(admin).get(`/api/audit?entityType=document&entityId=${document.id}`).expect(200)
      ).body as Page<AuditEntryView>;
      expect(audit.items.map((e) => e.action)).toEqual(['document.download', 'document.upload']);
      expect(audit.items[0]).toMatchObject({
        detail: { owner: 'case', ownerId: owners.cases, kind: 'medical_record' },
      });
      expect(JSON.stringify(audit.items)).not.toContain('王秀英');
    });

    it('sends a picture larger than a chunk whole, and its thumbnail at most 320 px', async () => {
      const content = await sharp({
        create: {
          width: 1400,
          height: 1000,
          channels: 3,
          background: '#888',
          noise: { type: 'gaussian', mean: 128, sigma: 40 },
        },
      })
        .png()
        .toBuffer();
      expect(content.length).toBeGreaterThan(1024 * 1024);
      const document = await upload('workers', content, 'scan.png', 'id_card');
      const whole = await as(caseworker).download(`/api/documents/${document.id}/content`).expect(200);
      expect((whole.body as Buffer).equals(content)).toBe(true);
      const thumbnail = await as(caseworker).download(`/api/documents/${document.id}/thumbnail`).expect(200);
      expect(thumbnail.headers).toMatchObject({
        'content-type': 'image/webp',
        'x-content-type-options': 'nosniff',
      });
      const meta = await sharp(thumbnail.body as Buffer).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([
        'webp',
        DOCUMENT_THUMBNAIL_PX,
        Math.round((1000 * 320) / 1400),
      ]);
    });

    it('has no thumbnail for a PDF (404 document.no_thumbnail)', async () => {
      const document = await upload('workers', pdfWith());
      await refused(as(caseworker).get(`/api/documents/${document.id}/thumbnail`), 'document.no_thumbnail');
    });
  });

  describe('hiding', () => {
    it('lets its uploader hide a document within 24 hours; hidden, it is neither listed nor sent, but kept', async () => {
      const document = await upload('workers', await picture('png', 50, 50, 41), 'x.png');
      await refused(as(colleague).delete(`/api/documents/${document.id}`), 'document.hide_forbidden');
      await as(caseworker).delete(`/api/documents/${document.id}`).expect(204);
      expect((await listOf('workers')).map((d) => d.id)).not.toContain(document.id);
      await refused(as(caseworker).get(`/api/documents/${document.id}/content`), 'document.not_found');
      await refused(as(caseworker).get(`/api/documents/${document.id}/thumbnail`), 'document.not_found');
      // Hiding it again changes nothing, and is not audited twice.
      await as(caseworker).delete(`/api/documents/${document.id}`).expect(204);
      const audit = (
        await as(admin).get(`/api/audit?entityType=document&entityId=${document.id}`).expect(200)
      ).body as Page<AuditEntryView>;
      expect(audit.items.map((e) => e.action)).toEqual(['document.hide', 'document.upload']);
      const [row] = await db().query<{ hidden: boolean; chunks: number }[]>(
        `SELECT hidden_at IS NOT NULL AS hidden, (SELECT count(*)::int FROM document_chunk WHERE document_id = $1) AS chunks
         FROM document WHERE id = $1`,
        [document.id],
      );
      expect(row).toEqual({ hidden: true, chunks: 2 });
      // The same bytes may come again once the first is hidden.
      await upload('workers', await picture('png', 50, 50, 41), 'x.png');
    });

    it('refuses the uploader after 24 hours, lets an administrator hide any document', async () => {
      const document = await upload('cases', pdfWith());
      await db().query(
        `UPDATE document SET uploaded_at = now() - interval '24 hours 1 minute' WHERE id = $1`,
        [document.id],
      );
      await refused(as(caseworker).delete(`/api/documents/${document.id}`), 'document.hide_forbidden');
      await as(admin).delete(`/api/documents/${document.id}`).expect(204);
      expect((await listOf('cases')).map((d) => d.id)).not.toContain(document.id);
    });

    it('never erases a document or its bytes, not even by SQL', async () => {
      await expect(db().query('DELETE FROM document_chunk')).rejects.toThrow(/never erased/);
      await expect(db().query('DELETE FROM document')).rejects.toThrow(/never erased/);
      await expect(db().query('TRUNCATE document_chunk')).rejects.toThrow(/never erased/);
    });
  });

  describe('who may', () => {
    it('answers a caseworker of a sibling union 404 for the records and their documents', async () => {
      const document = await upload('workers', pdfWith());
      const outsider = as(siblingCaseworker);
      for (const [owner, code] of [
        ['workers', 'worker.not_found'],
        ['files', 'file.not_found'],
        ['cases', 'case.not_found'],
      ] as const) {
        await refused(outsider.get(`/api/${owner}/${owners[owner]}/documents`), code);
        await refused(
          postForm(app.http, siblingCaseworker, owner, owners[owner], uploadForm('other', pdfWith())),
          code,
        );
      }
      await refused(outsider.get(`/api/documents/${document.id}/content`), 'document.not_found');
      await refused(outsider.get(`/api/documents/${document.id}/thumbnail`), 'document.not_found');
      await refused(outsider.delete(`/api/documents/${document.id}`), 'document.not_found');
    });

    it('lets a role without records:write read and download, but not upload or hide (403)', async () => {
      const document = await upload('workers', pdfWith());
      expect((await listOf('workers', managerA)).map((d) => d.id)).toContain(document.id);
      await refused(
        postForm(app.http, managerA, 'workers', owners.workers, uploadForm('other', pdfWith())),
        'auth.forbidden',
      );
      await refused(as(managerA).delete(`/api/documents/${document.id}`), 'auth.forbidden');
    });
  });

  describe('the demo', () => {
    it('attaches its sample papers through the service: pictures with thumbnails, PDFs by kind', async () => {
      const worker = (
        await as(admin)
          .post('/api/workers')
          .send({ name: '演示职工', idNumber: identityNumber(), unitId: grassrootsA1.id })
          .expect(201)
      ).body as WorkerView;
      expect(await attachDemoDocuments(app.server.app, 'workers', [worker.id])).toBe(2);
      expect(
        await attachDemoDocuments(
          app.server.app,
          'cases',
          [owners.cases],
          new Map([[owners.cases, 'medical']]),
        ),
      ).toBe(2);
      const papers = (await as(caseworker).get(`/api/workers/${worker.id}/documents`).expect(200))
        .body as DocumentView[];
      expect(papers.map((d) => [d.kind, d.contentType, d.hasThumbnail]).sort()).toEqual([
        ['id_card', 'image/png', true],
        ['income_proof', 'application/pdf', false],
      ]);
      const kinds = (await listOf('cases')).slice(0, 2).map((d) => d.kind);
      expect(kinds.sort()).toEqual(['invoice', 'medical_record']);
    });
  });

  describe('at rest', () => {
    it('keeps the bytes, their hash and the file name only as ciphertext under the key id', async () => {
      const marker = `WA-MARKER-${Date.now()}`;
      const content = pdfWith(marker);
      const document = await upload('workers', content, '身份证-赵秘密.pdf');
      const chunks = await db().query<{ bytes: Buffer }[]>(
        'SELECT bytes FROM document_chunk WHERE document_id = $1',
        [document.id],
      );
      expect(chunks.length).toBe(1);
      for (const { bytes: stored } of chunks) {
        expect(stored.subarray(0, 7).toString('latin1')).toBe('test-1:');
        expect(stored.includes(Buffer.from(marker))).toBe(false);
      }
      const [row] = await db().query<Record<string, string>[]>(
        'SELECT file_name_encrypted, sha256_encrypted FROM document WHERE id = $1',
        [document.id],
      );
      expect(row['file_name_encrypted']).toMatch(/^test-1:/);
      expect(JSON.stringify(row)).not.toContain(document.sha256);
      expect(JSON.stringify(row)).not.toContain('赵秘密');
    });

    const itIfDumpable = runsDumpTests('the pg_dump check of documents') ? it : it.skip;

    itIfDumpable(
      'leaves none of the bytes and no file name in a backup (pg_dump)',
      async () => {
        const marker = `WA-DUMP-MARKER-${Date.now()}`;
        const fileName = `低保申请-钱秘密-${Date.now()}.pdf`;
        await upload('files', pdfWith(marker), fileName);
        await upload('files', await picture('png', 64, 64, 77), `${fileName}.png`);
        const folder = mkdtempSync(join(tmpdir(), 'worker-aid-dump-'));
        try {
          const file = join(folder, 'aid.dump');
          expect(backupScript('backup', app.config.databaseUrl ?? '', [file]).status).toBe(0);
          const sql = spawnSync('pg_restore', ['--file=-', file], {
            encoding: 'utf8',
            maxBuffer: 512 * 1024 * 1024,
          });
          expect(sql.stderr).toBe('');
          // bytea is dumped in hex: look for the marker and the name both as text and as hex.
          const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');
          expect(sql.stdout).toContain('COPY public.document_chunk');
          expect(sql.stdout).toContain(hex('test-1:'));
          for (const secret of [marker, fileName, '钱秘密'])
            expect({
              secret,
              text: sql.stdout.includes(secret),
              hex: sql.stdout.includes(hex(secret)),
            }).toEqual({
              secret,
              text: false,
              hex: false,
            });
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      },
      60_000,
    );

    it('re-encrypts names and chunks with rotate-keys, and serves the same bytes once the old key is gone', async () => {
      const content = await picture('jpeg', 900, 700, 99);
      const document = await upload('workers', content, '轮换测试.jpg', 'visit_photo');
      const old = app.config.encryption;
      if (!old) throw new Error('test servers always have keys');
      const next = generateEncryptionKeys('docs-2');
      const both = new FieldKeyring({
        dataKeys: [...next.dataKeys, ...old.dataKeys],
        indexKey: next.indexKey,
      });
      installFieldKeyring(both);
      try {
        const first = await rotateEncryptionKeys(db().manager, both);
        expect(first.documents).toBeGreaterThanOrEqual(1);
        expect(first.documentChunks).toBeGreaterThanOrEqual(2);
        expect(await rotateEncryptionKeys(db().manager, both)).toMatchObject({
          documents: 0,
          documentChunks: 0,
        });
        installFieldKeyring(new FieldKeyring(next));
        const answer = await as(caseworker).download(`/api/documents/${document.id}/content`).expect(200);
        expect((answer.body as Buffer).equals(content)).toBe(true);
        await as(caseworker).download(`/api/documents/${document.id}/thumbnail`).expect(200);
        expect((await listOf('workers')).find((d) => d.id === document.id)?.fileName).toBe('轮换测试.jpg');
        // The duplicate check finds the bytes through the new index key.
        await refused(
          postForm(app.http, caseworker, 'workers', owners.workers, uploadForm('other', content)),
          'document.duplicate',
        );
        const [{ stale }] = await db().query<{ stale: number }[]>(
          `SELECT count(*)::int AS stale FROM document_chunk WHERE substring(bytes FROM 1 FOR 7) <> '\\x646f63732d323a'::bytea`,
        );
        expect(stale).toBe(0);
      } finally {
        installFieldKeyring(new FieldKeyring(old));
      }
    });
  });
});
