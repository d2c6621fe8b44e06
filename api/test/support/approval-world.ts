import request from 'supertest';
import {
  CASE_TYPES,
  NOTICE_SUBJECTS,
  UNIT_LEVELS,
  type ApprovalPolicy,
  type CaseType,
  type CaseView,
  type FundView,
  type NoticeSubject,
  type UnitLevel,
  type UnitView,
  type WorkerView,
} from '@worker-aid/shared/domain';
import { identityNumber } from './identity-numbers';
import { MEDICAL_DETAILS } from './records';
import { TestApp, uniqueCode } from './test-app';

/** Every type: a grassroots step is never final above 0, an industry union's up to ¥5,000, the center's always. */
export const LEVEL_LIMITS: Readonly<Record<UnitLevel, number | null>> = {
  grassroots: 0,
  industry: 500_000,
  center: null,
};

/** Medical aid, education aid and hardship files are posted for 5 days; hardship and legal aid not at all. */
export const NOTICE_DAYS: Readonly<Record<NoticeSubject, number>> = {
  hardship: 0,
  medical: 5,
  education: 5,
  legal: 0,
  file: 5,
  campaign: 5,
};

export function approvalPolicy(): ApprovalPolicy {
  return {
    limits: CASE_TYPES.flatMap((type) =>
      UNIT_LEVELS.map((level) => ({ type, level, limit: LEVEL_LIMITS[level] })),
    ),
    noticeDays: NOTICE_SUBJECTS.map((type) => ({ type, days: NOTICE_DAYS[type] })),
    objectionContact: '市总工会帮扶中心 0550-1234567',
  };
}

const DETAILS: Record<CaseType, object> = {
  medical: MEDICAL_DETAILS,
  hardship: { cause: 'illness', householdSize: 3, monthlyHouseholdIncome: 150_000 },
  education: {
    childName: '周小明',
    school: '滁州中学',
    level: 'senior_high',
    schoolYear: '2026-2027',
    tuition: 300_000,
  },
  legal: { disputeKind: 'wage_arrears', opposingParty: '某建筑劳务公司', amountClaimed: 4_500_000 },
};

/**
 * center → industry union (its grassroots workstation) and a sibling industry union, with a user
 * of each level who reviews: the world of approval by level. With `policy`, the admin sets
 * `approvalPolicy()`; without it the database behaves as before any policy (v1).
 */
export interface ApprovalWorld {
  app: TestApp;
  admin: string;
  center: UnitView;
  industry: UnitView;
  grassroots: UnitView;
  sibling: UnitView;
  /** Creates the cases (records:write, no cases:decide). */
  caseworker: string;
  grassrootsReviewer: string;
  industryReviewer: string;
  industryReviewer2: string;
  centerReviewer: string;
  centerReviewer2: string;
  siblingReviewer: string;
  /** Decides, but records nothing (cases:decide without records:write). */
  manager: string;
  finance: string;
}

export async function approvalWorld(app: TestApp, options: { policy: boolean }): Promise<ApprovalWorld> {
  const admin = await app.adminToken();
  const center = await app.rootUnit(admin);
  const [industry, sibling] = await Promise.all([
    app.createUnit(admin, center.id, 'industry'),
    app.createUnit(admin, center.id, 'industry'),
  ]);
  const grassroots = await app.createUnit(admin, industry.id, 'grassroots');
  const token = async (unit: UnitView, role: 'caseworker' | 'reviewer' | 'manager' | 'finance') =>
    (await app.tokenFor(admin, unit.id, role)).token;
  const world: ApprovalWorld = {
    app,
    admin,
    center,
    industry,
    grassroots,
    sibling,
    caseworker: await token(grassroots, 'caseworker'),
    grassrootsReviewer: await token(grassroots, 'reviewer'),
    industryReviewer: await token(industry, 'reviewer'),
    industryReviewer2: await token(industry, 'reviewer'),
    centerReviewer: await token(center, 'reviewer'),
    centerReviewer2: await token(center, 'reviewer'),
    siblingReviewer: await token(sibling, 'reviewer'),
    manager: await token(industry, 'manager'),
    finance: await token(center, 'finance'),
  };
  if (options.policy) {
    await request(app.http)
      .put('/api/approval-policy')
      .auth(admin, { type: 'bearer' })
      .send(approvalPolicy())
      .expect(200);
  }
  return world;
}

export function as(app: TestApp, token: string) {
  return {
    get: (path: string, query: Record<string, string> = {}) =>
      request(app.http).get(path).query(query).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}) =>
      request(app.http).post(path).auth(token, { type: 'bearer' }).send(body),
  };
}

/** A case of a new worker of the grassroots workstation, created by `creator` and submitted. */
export async function submittedCase(
  world: ApprovalWorld,
  options: { type?: CaseType; requestedAmount?: number; creator?: string } = {},
): Promise<CaseView> {
  const creator = options.creator ?? world.caseworker;
  const type = options.type ?? 'medical';
  const worker = (
    await as(world.app, creator)
      .post('/api/workers', { name: '周志强', idNumber: identityNumber(), unitId: world.grassroots.id })
      .expect(201)
  ).body as WorkerView;
  const draft = (
    await as(world.app, creator)
      .post('/api/cases', {
        type,
        workerId: worker.id,
        requestedAmount: options.requestedAmount ?? 800_000,
        summary: '因病致贫，申请救助',
        details: DETAILS[type],
      })
      .expect(201)
  ).body as CaseView;
  return (await as(world.app, creator).post(`/api/cases/${draft.id}/submit`).expect(200)).body as CaseView;
}

/** One approval step; the answer is checked by the caller. */
export function approve(world: ApprovalWorld, token: string, caseId: string, approvedAmount: number) {
  return as(world.app, token).post(`/api/cases/${caseId}/approve`, { approvedAmount });
}

/** A fund of the center with money in it, for payments. */
export async function centerFund(world: ApprovalWorld): Promise<FundView> {
  const fund = (
    await as(world.app, world.admin)
      .post('/api/funds', { code: uniqueCode(), name: '工会帮扶资金', source: 'union_budget' })
      .expect(201)
  ).body as FundView;
  await as(world.app, world.admin)
    .post(`/api/funds/${fund.id}/allocations`, { amount: 100_000_000 })
    .expect(201);
  return fund;
}
