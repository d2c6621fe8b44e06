import type { CaseStatus } from './cases';

/** Where aid money comes from (资金来源). */
export const FUND_SOURCES = ['union_budget', 'lottery_fund', 'donation', 'government', 'other'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

/** How a payment went out. */
export const PAYMENT_METHODS = ['bank', 'cash', 'in_kind'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Fund codes: short identifiers such as `UNION-2026`. */
export const FUND_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{1,31}$/;

/** An `Idempotency-Key` header: 1–200 visible ASCII characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export interface FundView {
  id: string;
  code: string;
  name: string;
  source: FundSource;
  unitId: string;
  /** Fen: all allocations. */
  allocated: number;
  /** Fen: payments less reversals. */
  disbursed: number;
  /** Fen: allocated − disbursed; never below zero. */
  balance: number;
  createdAt: string;
}

export interface CreateFundRequest {
  code: string;
  name: string;
  source: FundSource;
}

export interface AllocationRequest {
  amount: number;
  note?: string;
}

export interface AllocationView {
  id: string;
  fundId: string;
  amount: number;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

export interface DisbursementRequest {
  amount: number;
  fundId: string;
  method: PaymentMethod;
  paidOn: string;
  reference?: string;
}

export interface DisbursementView {
  id: string;
  /** The case paid; null for a campaign's line. */
  caseId: string | null;
  caseNo: string | null;
  /** The case's status now (whether its payments may still be reversed); null for a campaign's line. */
  caseStatus: CaseStatus | null;
  /** The campaign whose roster line this pays; null for a case's payment. */
  campaignId: string | null;
  campaignName: string | null;
  workerId: string;
  workerName: string;
  unitId: string;
  fundId: string;
  fundName: string;
  /** Fen; a reversal is a separate entry with a negative amount. */
  amount: number;
  method: PaymentMethod;
  paidOn: string;
  reference: string | null;
  /** Set on a reversal: the payment it compensates. */
  reversesId: string | null;
  /** Set on a payment that has been reversed. */
  reversedById: string | null;
  reason: string | null;
  createdBy: string;
  createdAt: string;
}

export interface ReversalRequest {
  reason: string;
}

export interface LedgerCheckView {
  checkedAt: string;
  funds: number;
  cases: number;
  /** Report roll-up cells checked (one per unit subtree, month, aid type and fund). */
  rollupCells: number;
  /** A `rollup` difference names its cell `<unit id>/<month>/<type>/<fund id>`; for `workers` the figures are set sizes. */
  differences: {
    entity: 'fund' | 'case' | 'rollup';
    id: string;
    field: string;
    stored: number;
    computed: number;
  }[];
}
