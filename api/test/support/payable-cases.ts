import request from 'supertest';
import type { App } from 'supertest/types';
import type {
  CaseView,
  DisbursementView,
  FundView,
  LedgerCheckView,
  LoginResponse,
  UnitView,
} from '@worker-aid/shared/domain';
import { todayInCenter } from '@worker-aid/shared/domain';
import { identityNumber } from './identity-numbers';

/** The in-process app's HTTP server, or the base URL of an API running elsewhere. */
export type ApiTarget = App | string;

const PASSWORD = 'password-for-tests';
const MEDICAL = {
  hospital: '市第一人民医院',
  diagnosis: '白血病',
  totalCost: 5_000_000,
  insuranceReimbursed: 3_000_000,
  outOfPocket: 2_000_000,
};

/** A fund with money and approved cases ready to be paid, set up through HTTP as people would. */
export interface PayableCases {
  admin: string;
  finance: string;
  fund: FundView;
  cases: CaseView[];
}

export function as(target: ApiTarget, token: string) {
  return {
    get: (path: string) => request(target).get(path).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}) =>
      request(target).post(path).auth(token, { type: 'bearer' }).send(body),
  };
}

export async function login(target: ApiTarget, username: string, password: string): Promise<string> {
  const response = await request(target).post('/api/auth/login').send({ username, password }).expect(200);
  return (response.body as LoginResponse).accessToken;
}

export async function setUpPayableCases(
  target: ApiTarget,
  adminPassword: string,
  options: { cases: number; approvedAmount: number; fundAmount: number },
): Promise<PayableCases> {
  const admin = await login(target, 'admin', adminPassword);
  const units = (await as(target, admin).get('/api/units').expect(200)).body as UnitView[];
  const center = units.find((u) => u.level === 'center');
  if (!center) throw new Error('no center unit');
  const suffix = Date.now().toString(36).toUpperCase();
  const industry = await post<UnitView>(target, admin, '/api/units', {
    code: `IND${suffix}`,
    name: '测试产业工会',
    level: 'industry',
    parentId: center.id,
  });
  const grass = await post<UnitView>(target, admin, '/api/units', {
    code: `GR${suffix}`,
    name: '测试基层工会',
    level: 'grassroots',
    parentId: industry.id,
  });
  const user = async (role: string, unitId: string) => {
    const username = `${role}${suffix.toLowerCase()}`;
    await post(target, admin, '/api/users', {
      username,
      displayName: `测试 ${role}`,
      password: PASSWORD,
      role,
      unitId,
    });
    return login(target, username, PASSWORD);
  };
  const finance = await user('finance', center.id);
  const caseworker = await user('caseworker', grass.id);
  const reviewer = await user('reviewer', industry.id);

  const created = await post<FundView>(target, admin, '/api/funds', {
    code: `F${suffix}`,
    name: '工会帮扶资金',
    source: 'union_budget',
  });
  await post(target, finance, `/api/funds/${created.id}/allocations`, {
    amount: options.fundAmount,
    note: '年度下拨',
  });
  const fund = (await as(target, finance).get(`/api/funds/${created.id}`).expect(200)).body as FundView;

  const cases: CaseView[] = [];
  for (let i = 0; i < options.cases; i++) {
    const worker = await post<{ id: string }>(target, caseworker, '/api/workers', {
      name: '周志强',
      idNumber: identityNumber(),
      unitId: grass.id,
    });
    const draft = await post<CaseView>(target, caseworker, '/api/cases', {
      type: 'medical',
      workerId: worker.id,
      requestedAmount: options.approvedAmount,
      summary: '医疗救助',
      details: MEDICAL,
    });
    await as(target, caseworker).post(`/api/cases/${draft.id}/submit`).expect(200);
    const approved = await as(target, reviewer)
      .post(`/api/cases/${draft.id}/approve`, { approvedAmount: options.approvedAmount })
      .expect(200);
    cases.push(approved.body as CaseView);
  }
  return { admin, finance, fund, cases };
}

/** POST /api/cases/:id/disbursements with an Idempotency-Key, as the finance officer. */
export function pay(target: ApiTarget, world: PayableCases, caseId: string, amount: number, key: string) {
  return request(target)
    .post(`/api/cases/${caseId}/disbursements`)
    .auth(world.finance, { type: 'bearer' })
    .set('Idempotency-Key', key)
    .send({ amount, fundId: world.fund.id, method: 'bank', paidOn: todayInCenter(), reference: key });
}

export async function paymentsOfCase(
  target: ApiTarget,
  world: PayableCases,
  caseId: string,
): Promise<DisbursementView[]> {
  const response = await as(target, world.finance).get(`/api/cases/${caseId}/disbursements`).expect(200);
  return response.body as DisbursementView[];
}

export async function ledgerCheck(target: ApiTarget, admin: string): Promise<LedgerCheckView> {
  return (await as(target, admin).get('/api/ledger/check').expect(200)).body as LedgerCheckView;
}

async function post<T = unknown>(target: ApiTarget, token: string, path: string, body: object): Promise<T> {
  const response = await as(target, token).post(path, body);
  if (response.status !== 201) {
    throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body as T;
}
