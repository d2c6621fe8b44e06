import request from 'supertest';
import { DataSource } from 'typeorm';
import type { FundView, UnitView, WorkerView } from '@worker-aid/shared/domain';
import { identityNumber } from './identity-numbers';
import { TestApp, uniqueCode } from './test-app';

/**
 * Approved campaigns with roster lines, for the batch tests. The workers, the fund and its
 * allocation are made through the API; the campaign and its lines are inserted directly (the
 * campaign endpoints are another feature's): switch `approvedCampaign` to
 * `POST /api/campaigns` → roster → submit → approve once they exist.
 */
export interface BatchWorld {
  app: TestApp;
  admin: string;
  /** Finance at the center: pays. */
  finance: string;
  center: UnitView;
  industry: UnitView;
  grass: UnitView;
}

export async function batchWorld(app: TestApp): Promise<BatchWorld> {
  const admin = await app.adminToken();
  const center = await app.rootUnit(admin);
  const industry = await app.createUnit(admin, center.id, 'industry');
  const grass = await app.createUnit(admin, industry.id, 'grassroots');
  const finance = (await app.tokenFor(admin, center.id, 'finance')).token;
  return { app, admin, finance, center, industry, grass };
}

/** A fund of the center with `allocated` fen in it. */
export async function fundWith(world: BatchWorld, allocated: number): Promise<FundView> {
  const fund = (
    await request(world.app.http)
      .post('/api/funds')
      .auth(world.admin, { type: 'bearer' })
      .send({ code: uniqueCode(), name: '两节送温暖资金', source: 'union_budget' })
      .expect(201)
  ).body as FundView;
  if (allocated > 0) {
    await request(world.app.http)
      .post(`/api/funds/${fund.id}/allocations`)
      .auth(world.finance, { type: 'bearer' })
      .send({ amount: allocated })
      .expect(201);
  }
  return fund;
}

export interface CampaignLineSeed {
  id: string;
  lineNo: number;
  workerId: string;
  amount: number;
  /** The worker's full account, or null. */
  account: string | null;
}

export interface SeededCampaign {
  id: string;
  name: string;
  fundId: string;
  lines: CampaignLineSeed[];
}

let workers = 0;
let accounts = 0;

/**
 * An approved campaign of `lines.length` lines in the world's grassroots unit, each worker
 * registered through the API (with a bank account when `hasAccount`). Options: the campaign's
 * status, the last day of its notice, its kind.
 */
export async function approvedCampaign(
  world: BatchWorld,
  fund: FundView,
  lines: { amount: number; hasAccount: boolean }[],
  options: {
    status?: 'approved' | 'submitted';
    noticeEndsOn?: string | null;
    kind?: string;
    name?: string;
  } = {},
): Promise<SeededCampaign> {
  const seeds: Omit<CampaignLineSeed, 'id' | 'lineNo'>[] = [];
  for (const line of lines) {
    const account = line.hasAccount ? `62220212${String(++accounts).padStart(8, '0')}` : null;
    workers += 1;
    const birth = `19${60 + (workers % 30)}0${1 + (workers % 9)}1${workers % 10}`;
    const worker = (
      await request(world.app.http)
        .post('/api/workers')
        .auth(world.admin, { type: 'bearer' })
        .send({
          name: `职工${workers}`,
          idNumber: identityNumber(birth),
          unitId: world.grass.id,
          ...(account ? { bankAccount: account } : {}),
        })
        .expect(201)
    ).body as WorkerView;
    seeds.push({ workerId: worker.id, amount: line.amount, account });
  }
  const name = options.name ?? `两节送温暖 ${uniqueCode()}`;
  const { id, lineIds } = await insertApprovedCampaign(world.app.server.app.get(DataSource), {
    name,
    kind: options.kind,
    status: options.status,
    noticeEndsOn: options.noticeEndsOn,
    unitId: world.industry.id,
    fundId: fund.id,
    lines: seeds.map((seed) => ({ workerId: seed.workerId, unitId: world.grass.id, amount: seed.amount })),
  });
  return {
    id,
    name,
    fundId: fund.id,
    lines: seeds.map((seed, i) => ({ ...seed, id: lineIds[i] ?? '', lineNo: i + 1 })),
  };
}

/**
 * Inserts a campaign (approved unless said otherwise, created and approved by `admin`) and its
 * roster lines numbered from 1, as the campaigns feature would leave them; the lines' ids in order.
 */
export async function insertApprovedCampaign(
  dataSource: DataSource,
  campaign: {
    name: string;
    kind?: string;
    status?: 'approved' | 'submitted';
    noticeEndsOn?: string | null;
    unitId: string;
    fundId: string;
    lines: { workerId: string; unitId: string; amount: number }[];
  },
): Promise<{ id: string; lineIds: string[] }> {
  const [row] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO campaign (name, kind, year, status, unit_id, fund_id, eligibility, amounts, roster_built_at,
       approved_by, approved_at, notice_starts_on, notice_ends_on, created_by)
     SELECT $1, $2, 2026, $3::varchar, $4, $5, '{"tiers":["deep"]}', '[{"tier":"deep","amount":80000}]', now(),
       CASE WHEN $3::varchar = 'approved' THEN u.id END, CASE WHEN $3::varchar = 'approved' THEN now() END,
       $6::date - 7, $6::date, u.id
     FROM app_user u WHERE u.username = 'admin' RETURNING id`,
    [
      campaign.name,
      campaign.kind ?? 'festival',
      campaign.status ?? 'approved',
      campaign.unitId,
      campaign.fundId,
      campaign.noticeEndsOn ?? null,
    ],
  );
  if (!row) throw new Error('no campaign');
  const inserted = await dataSource.query<{ id: string; line_no: number }[]>(
    `INSERT INTO campaign_line (campaign_id, line_no, worker_id, unit_id, tier, migrant_worker, standard_amount, amount, status)
     SELECT $1, t.line_no, t.worker_id, t.unit_id, 'deep', false, t.amount, t.amount, 'unpaid'
     FROM unnest($2::int[], $3::uuid[], $4::uuid[], $5::bigint[]) AS t(line_no, worker_id, unit_id, amount)
     RETURNING id, line_no`,
    [
      row.id,
      campaign.lines.map((_, i) => i + 1),
      campaign.lines.map((line) => line.workerId),
      campaign.lines.map((line) => line.unitId),
      campaign.lines.map((line) => line.amount),
    ],
  );
  const byNo = new Map(inserted.map((line) => [line.line_no, line.id]));
  return { id: row.id, lineIds: campaign.lines.map((_, i) => byNo.get(i + 1) ?? '') };
}
