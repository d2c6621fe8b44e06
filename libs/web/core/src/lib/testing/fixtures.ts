import type {
  CaseView,
  CurrentUserView,
  DisbursementView,
  FundView,
  Role,
  WorkerView,
} from '@worker-aid/shared/domain';

/*
 * The records component tests start from (`@worker-aid/web/core/testing`): one small world, a
 * worker of a school union (`s`, under the education union `i`, under the center `c`) with a
 * medical case submitted by the caseworker, a center fund and a payment from it. A test changes
 * only what it is about: `aCase({ status: 'approved', approvedAmount: 450050 })`.
 */

/** Who each role is, by default. */
const USERS: Record<Role, Omit<CurrentUserView, 'role' | 'username'>> = {
  admin: { id: 'u-admin', displayName: '王管理', unitId: 'c' },
  manager: { id: 'u-m', displayName: '赵主任', unitId: 'c' },
  reviewer: { id: 'u-r', displayName: '王审核', unitId: 'i' },
  finance: { id: 'u-f', displayName: '王会计', unitId: 'c' },
  caseworker: { id: 'u-cw', displayName: '李专干', unitId: 's' },
  auditor: { id: 'u-a', displayName: '赵审计', unitId: 'c' },
};

/** A signed-in user of `role` (username = role). */
export function aUser(role: Role, overrides: Partial<CurrentUserView> = {}): CurrentUserView {
  return { ...USERS[role], username: role, role, ...overrides };
}

/** 张秀英 of the school union, numbers masked, nothing optional recorded. */
export function aWorker(overrides: Partial<WorkerView> = {}): WorkerView {
  return {
    id: 'w-1',
    name: '张秀英',
    idNumber: '341102********002X',
    unitId: 's',
    gender: 'female',
    birthDate: '1985-04-12',
    age: 41,
    womanWorker: true,
    migrantWorker: false,
    phone: null,
    bankAccount: null,
    employer: null,
    address: null,
    createdAt: '2026-01-05T08:00:00Z',
    updatedAt: '2026-01-05T08:00:00Z',
    ...overrides,
  };
}

/** 张秀英's medical case, submitted by the caseworker (`u-cw`) for ¥5,000, nothing paid. */
export function aCase(overrides: Partial<CaseView> = {}): CaseView {
  return {
    id: 'c-1',
    caseNo: 'MED-2026-000001',
    type: 'medical',
    status: 'submitted',
    workerId: 'w-1',
    workerName: '张秀英',
    unitId: 's',
    requestedAmount: 500000,
    approvedAmount: null,
    disbursedAmount: 0,
    summary: '住院治疗，家庭困难',
    details: {
      hospital: '滁州市第一人民医院',
      diagnosis: '肺炎',
      totalCost: 1200000,
      insuranceReimbursed: 700000,
      outOfPocket: 500000,
    },
    outcome: null,
    recoveredAmount: null,
    createdBy: 'u-cw',
    createdAt: '2026-11-20T02:00:00Z',
    updatedAt: '2026-11-21T02:00:00Z',
    approvals: [],
    awaitingLevel: 'industry',
    awaitingUnit: { id: 'i', name: '市教育工会' },
    noticeStartsOn: null,
    noticeEndsOn: null,
    warnings: [],
    ...overrides,
  };
}

/** The center's union budget fund: ¥50,000 allocated, ¥10,000 paid out. */
export function aFund(overrides: Partial<FundView> = {}): FundView {
  return {
    id: 'f-1',
    code: 'UNION-2026',
    name: '工会帮扶资金',
    source: 'union_budget',
    unitId: 'c',
    allocated: 5000000,
    disbursed: 1000000,
    balance: 4000000,
    createdAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

/** ¥5,000 paid by bank to case `c-1` from fund `f-1`, by finance (`u-f`), not reversed. */
export function aPayment(overrides: Partial<DisbursementView> = {}): DisbursementView {
  return {
    id: 'd-1',
    caseId: 'c-1',
    caseNo: 'MED-2026-000001',
    caseStatus: 'approved',
    campaignId: null,
    campaignName: null,
    workerId: 'w-1',
    workerName: '张秀英',
    unitId: 's',
    fundId: 'f-1',
    fundName: '工会帮扶资金',
    amount: 500000,
    method: 'bank',
    paidOn: '2026-11-22',
    reference: 'BANK-1',
    reversesId: null,
    reversedById: null,
    reason: null,
    createdBy: 'u-f',
    createdAt: '2026-11-22T02:00:00Z',
    ...overrides,
  };
}
