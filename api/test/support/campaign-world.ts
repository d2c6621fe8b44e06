import request from 'supertest';
import type {
  CampaignKind,
  CampaignView,
  CreateCampaignRequest,
  FileTier,
  FileView,
  FundView,
  RosterBuilt,
  UnitView,
  WorkerView,
} from '@worker-aid/shared/domain';
import { identityNumber } from './identity-numbers';
import { TestApp, uniqueCode } from './test-app';

/**
 * center → industry union (its grassroots workstation) and a sibling industry union; the
 * industry union holds a fund with money. Its manager (campaigns:manage) runs campaigns; its
 * reviewer files workers and approves; nobody has set an approval policy (no notice).
 */
export interface CampaignWorld {
  app: TestApp;
  admin: string;
  center: UnitView;
  industry: UnitView;
  grassroots: UnitView;
  sibling: UnitView;
  /** Of the industry union: creates campaigns (campaigns:manage, cases:decide). */
  manager: string;
  managerId: string;
  /** Of the industry union: a second manager, to approve what the first created. */
  manager2: string;
  /** Of the industry union: files workers and approves files (records:write, cases:decide). */
  reviewer: string;
  /** Of the industry union: creates funds and moves money. */
  industryAdmin: string;
  /** Of the sibling industry union. */
  siblingManager: string;
  /** Held by the industry union, with `FUND_MONEY` fen in it. */
  fund: FundView;
}

export const FUND_MONEY = 100_000_000;

/** ¥720 a month, relative up to twice that, sudden above 80 % of a year's income. */
const STANDARD = { povertyLine: 72_000, relativeMultiple: 2, suddenSharePercent: 80 };

/** A household of one that falls in `tier` under STANDARD, with `children` born in those years. */
export function householdIn(
  tier: FileTier,
  childBirthYears: readonly number[] = [],
): Record<string, unknown> {
  // Per person: the children earn nothing, so the worker earns for everyone.
  const income =
    { deep: 0, relative: 100_000, sudden: 200_000, none: 500_000 }[tier] * (1 + childBirthYears.length);
  return {
    members: [
      {
        name: '周志强',
        relation: 'self',
        birthYear: 1975,
        health: 'chronic',
        work: 'employed',
        monthlyIncome: income,
      },
      ...childBirthYears.map((birthYear, index) => ({
        name: `周小${'明红刚'[index % 3]}`,
        relation: 'child',
        birthYear,
        health: 'healthy',
        work: 'student',
        monthlyIncome: 0,
      })),
    ],
    monthlyRigidExpenses: 0,
    suddenExpenses12m: tier === 'sudden' ? 2_000_000 * (1 + childBirthYears.length) : 0,
    mainCause: 'illness',
  };
}

export function as(app: TestApp, token: string) {
  return {
    get: (path: string, query: Record<string, string> = {}) =>
      request(app.http).get(path).query(query).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}) =>
      request(app.http).post(path).auth(token, { type: 'bearer' }).send(body),
    patch: (path: string, body: object = {}) =>
      request(app.http).patch(path).auth(token, { type: 'bearer' }).send(body),
  };
}

export async function campaignWorld(app: TestApp): Promise<CampaignWorld> {
  const admin = await app.adminToken();
  const center = await app.rootUnit(admin);
  const [industry, sibling] = await Promise.all([
    app.createUnit(admin, center.id, 'industry'),
    app.createUnit(admin, center.id, 'industry'),
  ]);
  const grassroots = await app.createUnit(admin, industry.id, 'grassroots');
  const manager = await app.tokenFor(admin, industry.id, 'manager');
  const [manager2, reviewer, industryAdmin, siblingManager] = await Promise.all([
    app.tokenFor(admin, industry.id, 'manager'),
    app.tokenFor(admin, industry.id, 'reviewer'),
    app.tokenFor(admin, industry.id, 'admin'),
    app.tokenFor(admin, sibling.id, 'manager'),
  ]);
  await request(app.http)
    .put('/api/standards')
    .auth(admin, { type: 'bearer' })
    .send({ unitId: center.id, effectiveFrom: '2020-01-01', ...STANDARD })
    .expect(200);
  const fund = await fundOf(app, industryAdmin.token, FUND_MONEY);
  return {
    app,
    admin,
    center,
    industry,
    grassroots,
    sibling,
    manager: manager.token,
    managerId: manager.user.id,
    manager2: manager2.token,
    reviewer: reviewer.token,
    industryAdmin: industryAdmin.token,
    siblingManager: siblingManager.token,
    fund,
  };
}

/** A fund held by the unit of `token`'s user (funds:create, money:write), with `money` fen in it. */
export async function fundOf(app: TestApp, token: string, money: number): Promise<FundView> {
  const fund = (
    await as(app, token)
      .post('/api/funds', { code: uniqueCode(), name: '两节送温暖专项资金', source: 'union_budget' })
      .expect(201)
  ).body as FundView;
  if (money > 0)
    await as(app, token).post(`/api/funds/${fund.id}/allocations`, { amount: money }).expect(201);
  return fund;
}

/** A new worker of `unitId` with an active file in `tier`: filed by the reviewer, approved by the admin. */
export async function activeFile(
  world: Pick<CampaignWorld, 'app' | 'admin' | 'reviewer'>,
  unitId: string,
  tier: FileTier,
  options: { migrantWorker?: boolean; childBirthYears?: number[]; name?: string } = {},
): Promise<{ worker: WorkerView; file: FileView }> {
  const { app, admin, reviewer } = world;
  const worker = (
    await as(app, reviewer)
      .post('/api/workers', {
        name: options.name ?? '周志强',
        idNumber: identityNumber(),
        unitId,
        migrantWorker: options.migrantWorker ?? false,
      })
      .expect(201)
  ).body as WorkerView;
  const draft = (
    await as(app, reviewer)
      .post('/api/files', { workerId: worker.id, ...householdIn(tier, options.childBirthYears) })
      .expect(201)
  ).body as FileView;
  if (draft.tier !== tier) throw new Error(`the household fell in ${draft.tier}, not ${tier}`);
  await as(app, reviewer).post(`/api/files/${draft.id}/submit`).expect(200);
  const file = (await as(app, admin).post(`/api/files/${draft.id}/approve`).expect(200)).body as FileView;
  return { worker, file };
}

/** Festival rules: deep ¥1,500, relative ¥1,000, sudden ¥800. */
export function festivalRules(fundId: string, year = 2026): CreateCampaignRequest {
  return {
    name: `${year}年"两节"送温暖`,
    kind: 'festival',
    fundId,
    year,
    eligibility: { tiers: ['deep', 'relative', 'sudden'] },
    amounts: [
      { tier: 'deep', amount: 150_000 },
      { tier: 'relative', amount: 100_000 },
      { tier: 'sudden', amount: 80_000 },
    ],
  };
}

/** School rules for every tier: university ¥5,000, senior high ¥3,000. */
export function schoolRules(fundId: string, year = 2026): CreateCampaignRequest {
  return {
    name: `${year}年金秋助学`,
    kind: 'school' satisfies CampaignKind,
    fundId,
    year,
    eligibility: { tiers: ['deep', 'relative', 'sudden'] },
    amounts: (['deep', 'relative', 'sudden'] as const).flatMap((tier) => [
      { tier, level: 'university' as const, amount: 500_000 },
      { tier, level: 'senior_high' as const, amount: 300_000 },
    ]),
  };
}

/** A draft campaign created by `token`'s user (the world's manager unless said). */
export async function draftCampaign(
  world: Pick<CampaignWorld, 'app' | 'manager' | 'fund'>,
  rules: Partial<CreateCampaignRequest> = {},
  token = world.manager,
): Promise<CampaignView> {
  return (
    await as(world.app, token)
      .post('/api/campaigns', { ...festivalRules(world.fund.id), ...rules })
      .expect(201)
  ).body as CampaignView;
}

export async function buildRoster(
  world: Pick<CampaignWorld, 'app' | 'manager'>,
  campaignId: string,
  token = world.manager,
): Promise<RosterBuilt> {
  return (await as(world.app, token).post(`/api/campaigns/${campaignId}/roster`).expect(200))
    .body as RosterBuilt;
}

/**
 * An approved campaign (no notice without a policy) over the files already active in the
 * world's industry union: created and submitted by the manager, approved by the second manager.
 */
export async function approvedCampaign(
  world: CampaignWorld,
  rules: Partial<CreateCampaignRequest> = {},
): Promise<CampaignView> {
  const draft = await draftCampaign(world, rules);
  await buildRoster(world, draft.id);
  await as(world.app, world.manager).post(`/api/campaigns/${draft.id}/submit`).expect(200);
  return (await as(world.app, world.manager2).post(`/api/campaigns/${draft.id}/approve`).expect(200))
    .body as CampaignView;
}
