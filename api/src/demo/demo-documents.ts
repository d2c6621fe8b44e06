import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CaseType, DocumentKind, DocumentOwner } from '@worker-aid/shared/domain';
import { AuthService } from '@worker-aid/api/auth';
import type { FormPart, Principal } from '@worker-aid/api/core';
import { DocumentsService } from '@worker-aid/api/documents';
import { User } from '@worker-aid/api/users';
import { idNumberIndex } from '@worker-aid/api/workers';
import { demoWorkerIdNumbers } from './demo-cases';
import { samplePdf } from './documents/sample-pdf';
import { sampleIdCard, sampleVisitPhoto } from './documents/sample-images';

interface SampleDocument {
  kind: DocumentKind;
  fileName: string;
  bytes: () => Promise<Buffer>;
}

/** A few pictures drawn once and shared by many records (the same bytes on two records is allowed). */
class SamplePictures {
  private readonly cache = new Map<string, Promise<Buffer>>();
  idCard = (n: number) => this.once(`id-${n % 6}`, () => sampleIdCard(n % 6));
  visitPhoto = (n: number) => this.once(`visit-${n % 4}`, () => sampleVisitPhoto(n % 4));
  private once(key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
    let picture = this.cache.get(key);
    if (!picture) this.cache.set(key, (picture = draw()));
    return picture;
  }
}

const pdf = (title: string, lines: string[]) => async () =>
  samplePdf([
    `${title}（样本 SAMPLE）`,
    ...lines,
    '',
    '本文件为演示系统自动生成的样本，不是真实材料。',
    'Generated for the demo: not a real document.',
  ]);

/** What a worker's papers look like: an identity card and an income certificate. */
function workerDocuments(pictures: SamplePictures, n: number): SampleDocument[] {
  return [
    { kind: 'id_card', fileName: `身份证正反面-${n}.png`, bytes: () => pictures.idCard(n) },
    {
      kind: 'income_proof',
      fileName: `收入证明-${n}.pdf`,
      bytes: pdf('收入证明', [
        `兹证明该职工 ${2026 - (n % 3)} 年月平均收入 ${1_450 + (n % 7) * 110}.00 元。`,
        `编号 SR-${String(n).padStart(6, '0')}`,
      ]),
    },
  ];
}

/** A case's papers, by its type. */
function caseDocuments(pictures: SamplePictures, type: CaseType, n: number): SampleDocument[] {
  const number = `编号 ${String(n).padStart(6, '0')}`;
  switch (type) {
    case 'medical':
      return [
        {
          kind: 'medical_record',
          fileName: `出院小结-${n}.pdf`,
          bytes: pdf('出院小结', ['诊断：详见病历（样本）', number]),
        },
        {
          kind: 'invoice',
          fileName: `医疗费用发票-${n}.pdf`,
          bytes: pdf('医疗费用发票', [`金额：${3_000 + (n % 9) * 517}.00 元`, number]),
        },
      ];
    case 'education':
      return [
        {
          kind: 'school_proof',
          fileName: `录取通知书-${n}.pdf`,
          bytes: pdf('录取通知书', ['学校：滁州市某中学（样本）', number]),
        },
      ];
    case 'legal':
      return [
        {
          kind: 'legal_document',
          fileName: `劳动仲裁申请书-${n}.pdf`,
          bytes: pdf('劳动仲裁申请书', ['案由：追索劳动报酬', number]),
        },
      ];
    case 'hardship':
      return [{ kind: 'visit_photo', fileName: `入户走访-${n}.jpg`, bytes: () => pictures.visitPhoto(n) }];
  }
}

/** A document as the upload form would bring it. */
async function* formOf(document: SampleDocument): AsyncGenerator<FormPart> {
  yield { type: 'field', name: 'kind', value: document.kind };
  const bytes = await document.bytes();
  yield {
    type: 'file',
    name: 'file',
    fileName: document.fileName,
    content: (async function* () {
      yield bytes;
    })(),
  };
}

async function attach(
  documents: DocumentsService,
  principal: Principal,
  owner: DocumentOwner,
  ownerId: string,
  samples: SampleDocument[],
): Promise<number> {
  for (const sample of samples) await documents.upload(principal, owner, ownerId, formOf(sample));
  return samples.length;
}

async function principalOf(app: INestApplication, username: string): Promise<Principal> {
  const user = await app.get(DataSource).getRepository(User).findOneByOrFail({ username });
  return app.get(AuthService).principalOf(user.id);
}

/**
 * Attaches sample documents to the given workers, hardship files or cases through the documents
 * service, as the administrator: a worker gets an identity card and an income certificate, a
 * file a home-visit photo and an income certificate, a case the papers of its type (`caseTypes`
 * says which; a hardship case's photo otherwise). Returns how many were attached.
 */
export async function attachDemoDocuments(
  app: INestApplication,
  owner: DocumentOwner,
  ownerIds: readonly string[],
  caseTypes: ReadonlyMap<string, CaseType> = new Map(),
): Promise<number> {
  const documents = app.get(DocumentsService);
  const admin = await principalOf(app, 'admin');
  const pictures = new SamplePictures();
  let attached = 0;
  for (const [n, id] of ownerIds.entries()) {
    const samples =
      owner === 'workers'
        ? workerDocuments(pictures, n)
        : owner === 'files'
          ? [caseDocuments(pictures, 'hardship', n)[0], workerDocuments(pictures, n)[1]]
          : caseDocuments(pictures, caseTypes.get(id) ?? 'hardship', n);
    attached += await attach(documents, admin, owner, id, samples);
  }
  return attached;
}

/** How many of the city's history records get documents in the demo: enough to browse, quick to make. */
const HISTORY_WORKERS = 40;
const HISTORY_CASES = 60;
const HISTORY_FILES = 30;
/** The workstations of the demo's two caseworkers. */
const DEMO_WORKSTATIONS = ['CZ-EDU-01', 'CZ-HEALTH-01'];

/**
 * The demo's documents, once: the demo workers' papers and their cases' (uploaded by their
 * caseworker), and some of the history's newest workers and cases (by the administrator).
 */
export async function seedDemoDocuments(app: INestApplication): Promise<void> {
  const dataSource = app.get(DataSource);
  const [{ seeded }] = await dataSource.query<{ seeded: boolean }[]>(
    'SELECT EXISTS (SELECT 1 FROM document) AS seeded',
  );
  if (seeded) return;
  const documents = app.get(DocumentsService);
  const pictures = new SamplePictures();
  const demoWorkers = await dataSource.query<{ id: string; username: string }[]>(
    `SELECT w.id, u.username FROM worker w JOIN app_user u ON u.id = w.created_by
     WHERE w.id_number_index = ANY($1) ORDER BY w.list_seq`,
    [demoWorkerIdNumbers().map(idNumberIndex)],
  );
  let n = 1000;
  for (const worker of demoWorkers) {
    const caseworker = await principalOf(app, worker.username);
    await attach(documents, caseworker, 'workers', worker.id, workerDocuments(pictures, n++));
    const cases = await dataSource.query<{ id: string; type: CaseType }[]>(
      'SELECT id, type FROM aid_case WHERE worker_id = $1 ORDER BY list_seq',
      [worker.id],
    );
    for (const aidCase of cases)
      await attach(documents, caseworker, 'cases', aidCase.id, caseDocuments(pictures, aidCase.type, n++));
  }
  const known = demoWorkers.map((worker) => worker.id);
  const workers = await dataSource.query<{ id: string }[]>(
    'SELECT id FROM worker WHERE NOT (id = ANY($1)) ORDER BY list_seq DESC LIMIT $2',
    [known, HISTORY_WORKERS],
  );
  await attachDemoDocuments(
    app,
    'workers',
    workers.map((worker) => worker.id),
  );
  const cases = await dataSource.query<{ id: string; type: CaseType }[]>(
    'SELECT id, type FROM aid_case WHERE NOT (worker_id = ANY($1)) ORDER BY list_seq DESC LIMIT $2',
    [known, HISTORY_CASES],
  );
  await attachDemoDocuments(
    app,
    'cases',
    cases.map((c) => c.id),
    new Map(cases.map((c) => [c.id, c.type])),
  );
  // The hardship files of the two demo workstations that got past a draft (seeded before).
  const files = await dataSource.query<{ id: string }[]>(
    `SELECT f.id FROM hardship_file f JOIN unit u ON u.id = f.unit_id
     WHERE u.code = ANY($1) AND f.status <> 'draft' ORDER BY f.list_seq DESC LIMIT $2`,
    [DEMO_WORKSTATIONS, HISTORY_FILES],
  );
  await attachDemoDocuments(
    app,
    'files',
    files.map((file) => file.id),
  );
}
