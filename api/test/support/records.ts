import request from 'supertest';
import { DataSource } from 'typeorm';
import type {
  CampaignLineView,
  CampaignView,
  BankLayout,
  BatchView,
  CaseView,
  DisbursementView,
  DocumentView,
  FileView,
  FundView,
  ImportSummary,
  Page,
  UnitView,
  UserView,
  WorkerView,
} from '@worker-aid/shared/domain';
import { todayInCenter } from '@worker-aid/shared/domain';
import { festivalRules } from './campaign-world';
import { insertApprovedCampaign } from './batch-world';
import { picture, postForm, uploadForm } from './documents';
import { identityNumber } from './identity-numbers';
import { isValidated, uploadSheet, validRow, waitForImport, workerXlsx } from './sheets';
import { TestApp, uniqueCode } from './test-app';

/** The kinds of record an `:id` in a route path can name. */
export type RecordKind =
  | 'unit'
  | 'user'
  | 'worker'
  | 'case'
  | 'fund'
  | 'disbursement'
  | 'file'
  | 'document'
  | 'import'
  | 'campaign'
  /** A line of `campaign`: the `:lineId` beside its `:id`. */
  | 'campaignLine'
  | 'batch'
  | 'bank-layout';

/** One real record of each kind, all inside one unit subtree. */
export type Records = Record<RecordKind, string>;

export const MEDICAL_DETAILS = {
  hospital: '市第一人民医院',
  diagnosis: '白血病',
  totalCost: 5_000_000,
  insuranceReimbursed: 3_000_000,
  outOfPocket: 2_000_000,
};

/** A household in the deep tier under any standard above ¥100 (its income is ¥0). */
export const DEEP_HOUSEHOLD = {
  members: [
    {
      name: '周志强',
      relation: 'self',
      birthYear: 1975,
      health: 'chronic',
      work: 'unemployed',
      monthlyIncome: 0,
    },
  ],
  monthlyRigidExpenses: 0,
  mainCause: 'illness',
};

let paymentKeys = 0;
export const paymentKey = (): string => `pay-${Date.now().toString(36)}-${++paymentKeys}`;

/**
 * Creates a grassroots unit under `industryId` and in it a user, a worker, an approved case
 * that is partly paid from a fund held by the admin's unit, and that payment.
 * It also sets the unit a local standard and files the worker (a draft hardship file), and
 * attaches a picture (with a thumbnail) to the worker.
 * `admin` creates everything; `reviewer` (not the creator) approves the case.
 */
export async function createRecords(
  app: TestApp,
  admin: string,
  reviewer: string,
  industryId: string,
): Promise<Records> {
  const as = (method: 'post', path: string, body: object) =>
    request(app.http)[method](path).auth(admin, { type: 'bearer' }).send(body);
  const unit: UnitView = await app.createUnit(admin, industryId, 'grassroots');
  const user: UserView = await app.createUser(admin, unit.id, 'caseworker');
  const worker = (
    await as('post', '/api/workers', { name: '周志强', idNumber: identityNumber(), unitId: unit.id }).expect(
      201,
    )
  ).body as WorkerView;
  const aidCase = (
    await as('post', '/api/cases', {
      type: 'medical',
      workerId: worker.id,
      requestedAmount: 500_000,
      summary: '医疗救助',
      details: MEDICAL_DETAILS,
    }).expect(201)
  ).body as CaseView;
  await as('post', `/api/cases/${aidCase.id}/submit`, {}).expect(200);
  await request(app.http)
    .post(`/api/cases/${aidCase.id}/approve`)
    .auth(reviewer, { type: 'bearer' })
    .send({ approvedAmount: 500_000 })
    .expect(200);
  const fund = (
    await as('post', '/api/funds', {
      code: uniqueCode(),
      name: '工会帮扶资金',
      source: 'union_budget',
    }).expect(201)
  ).body as FundView;
  await as('post', `/api/funds/${fund.id}/allocations`, { amount: 10_000_000 }).expect(201);
  const payment = (
    await request(app.http)
      .post(`/api/cases/${aidCase.id}/disbursements`)
      .auth(admin, { type: 'bearer' })
      .set('Idempotency-Key', paymentKey())
      .send({ amount: 1_000, fundId: fund.id, method: 'bank', paidOn: todayInCenter() })
      .expect(201)
  ).body as DisbursementView;
  await request(app.http)
    .put('/api/standards')
    .auth(admin, { type: 'bearer' })
    .send({ unitId: unit.id, effectiveFrom: '2020-01-01', povertyLine: 72_000 })
    .expect(200);
  const file = (await as('post', '/api/files', { workerId: worker.id, ...DEEP_HOUSEHOLD }).expect(201))
    .body as FileView;
  const document = (
    await postForm(
      app.http,
      admin,
      'workers',
      worker.id,
      uploadForm('id_card', await picture('png', 400, 250, ++pictures), 'id.png'),
    ).expect(201)
  ).body as DocumentView;
  const workerImport = (
    await uploadSheet(app.http, admin, await workerXlsx([validRow(unit.code)])).expect(202)
  ).body as ImportSummary;
  // Its check runs in the background: let it finish, so it changes nothing while tests run.
  await waitForImport(app.http, admin, workerImport.id, isValidated);
  const { campaign, campaignLine } = await campaignWithRoster(app, admin, reviewer, unit.id, fund.id);
  // An approved campaign paying the worker, in a cash batch not yet signed for.
  const paidCampaign = await insertApprovedCampaign(app.server.app.get(DataSource), {
    name: '两节送温暖',
    unitId: unit.id,
    fundId: fund.id,
    lines: [{ workerId: worker.id, unitId: unit.id, amount: 80_000 }],
  });
  const batch = (
    await as('post', `/api/campaigns/${paidCampaign.id}/batches`, { method: 'cash' }).expect(201)
  ).body as BatchView;
  const bankLayout = (
    await as('post', '/api/bank-layouts', {
      bankName: `银行${uniqueCode()}`,
      columns: [
        { field: 'name', heading: '户名' },
        { field: 'account', heading: '账号' },
        { field: 'amount', heading: '金额' },
      ],
      resultColumns: { lineRef: '序号', status: '状态', reason: '失败原因', paidValue: '成功' },
    }).expect(201)
  ).body as BankLayout;
  return {
    unit: unit.id,
    user: user.id,
    worker: worker.id,
    case: aidCase.id,
    fund: fund.id,
    disbursement: payment.id,
    file: file.id,
    document: document.id,
    import: workerImport.id,
    campaign,
    campaignLine,
    batch: batch.id,
    'bank-layout': bankLayout.id,
  };
}

/**
 * A second worker of `unitId` with an active file (filed by `admin`, approved by `reviewer`), and
 * a draft festival campaign of the admin's unit, paid from `fundId`, whose roster has them.
 */
async function campaignWithRoster(
  app: TestApp,
  admin: string,
  reviewer: string,
  unitId: string,
  fundId: string,
): Promise<{ campaign: string; campaignLine: string }> {
  const as = (token: string) => ({
    post: (path: string, body: object = {}) =>
      request(app.http).post(path).auth(token, { type: 'bearer' }).send(body),
  });
  const worker = (
    await as(admin).post('/api/workers', { name: '张建国', idNumber: identityNumber(), unitId }).expect(201)
  ).body as WorkerView;
  const file = (
    await as(admin)
      .post('/api/files', { workerId: worker.id, ...DEEP_HOUSEHOLD })
      .expect(201)
  ).body as FileView;
  await as(admin).post(`/api/files/${file.id}/submit`).expect(200);
  await as(reviewer).post(`/api/files/${file.id}/approve`).expect(200);
  const campaign = (await as(admin).post('/api/campaigns', festivalRules(fundId)).expect(201))
    .body as CampaignView;
  await as(admin).post(`/api/campaigns/${campaign.id}/roster`).expect(200);
  const lines = (
    await request(app.http)
      .get(`/api/campaigns/${campaign.id}/lines`)
      .query({ q: '张建国' })
      .auth(admin, { type: 'bearer' })
      .expect(200)
  ).body as Page<CampaignLineView>;
  const line = lines.items.find((item) => item.workerId === worker.id);
  if (!line) throw new Error('the campaign’s roster lacks the filed worker');
  return { campaign: campaign.id, campaignLine: line.id };
}

let pictures = 0;

const KINDS_BY_COLLECTION: Record<string, RecordKind> = {
  units: 'unit',
  users: 'user',
  workers: 'worker',
  cases: 'case',
  funds: 'fund',
  disbursements: 'disbursement',
  files: 'file',
  documents: 'document',
  imports: 'import',
  campaigns: 'campaign',
  batches: 'batch',
  'bank-layouts': 'bank-layout',
};

/** Parameters that name a record inside the one `:id` names, filled from the same records. */
const INNER_PARAMETERS = new Set(['lineId']);

/**
 * The kind of record the `:id` of a route path names (`/api/cases/:id/submit` → case), or
 * undefined when the path has a parameter these tests do not know how to fill.
 */
export function idKindOf(path: string): RecordKind | undefined {
  const params = [...path.matchAll(/:(\w+)/g)].filter((param) => !INNER_PARAMETERS.has(param[1] ?? ''));
  if (params.length !== 1) return undefined;
  const match = /^\/api\/([^/]+)\/:id(?:\/|$)/.exec(path);
  return match?.[1] ? KINDS_BY_COLLECTION[match[1]] : undefined;
}
