import { inNotice, type ObjectionChannel } from './approval';
import type { CalendarDay } from './calendar-days';
import { CASE_TYPES, type CaseType } from './cases';
import type { FieldProblem } from './error-codes';
import type { FileTier } from './hardship-tier';
import type { PaymentMethod } from './funds';

/**
 * Campaigns paid in batches (专项帮扶活动: DOMAIN.md "Campaigns paid in batches", API.md v2
 * "Campaigns and batches"): the kinds, the statuses of a campaign, its roster lines and its
 * batches, the standard amounts, and how a campaign's payments are counted in reports. Said
 * once here; the API enforces them and the web app offers only what they allow.
 */

/** 两节送温暖, 金秋助学, 夏送清凉, and any other campaign. */
export const CAMPAIGN_KINDS = ['festival', 'school', 'summer', 'other'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** `returned` goes back to `draft`. */
export const CAMPAIGN_STATUSES = ['draft', 'submitted', 'approved', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_ACTIONS = ['submit', 'approve', 'return', 'close'] as const;
export type CampaignAction = (typeof CAMPAIGN_ACTIONS)[number];

export const CAMPAIGN_TRANSITIONS: Readonly<
  Record<CampaignAction, { from: readonly CampaignStatus[]; to: CampaignStatus }>
> = {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'draft' },
  close: { from: ['approved'], to: 'closed' },
};

export function canTransitionCampaign(action: CampaignAction, status: CampaignStatus): boolean {
  return CAMPAIGN_TRANSITIONS[action].from.includes(status);
}

/** A failed line is `unpaid` again, with its `failure`. */
export const CAMPAIGN_LINE_STATUSES = ['unpaid', 'in_batch', 'paid', 'excluded'] as const;
export type CampaignLineStatus = (typeof CAMPAIGN_LINE_STATUSES)[number];

export const BATCH_STATUSES = ['open', 'done'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/**
 * The aid types a payment is counted under in reports: the four case types, and a campaign's
 * kind (`school` counts as `education`, `other` as `other_campaign`).
 */
export const CAMPAIGN_AID_TYPES = ['festival', 'summer', 'other_campaign'] as const;
export const AID_TYPES = [...CASE_TYPES, ...CAMPAIGN_AID_TYPES] as const;
export type AidType = (typeof AID_TYPES)[number];

export const CAMPAIGN_KIND_AID_TYPE: Readonly<Record<CampaignKind, AidType>> = {
  festival: 'festival',
  school: 'education',
  summer: 'summer',
  other: 'other_campaign',
};

export function isCaseType(type: AidType): type is CaseType {
  return (CASE_TYPES as readonly string[]).includes(type);
}

/** The file tiers a campaign may pay (`none`, above the relative line, never). */
export const CAMPAIGN_TIERS = ['deep', 'relative', 'sudden'] as const satisfies readonly FileTier[];
export type CampaignTier = (typeof CAMPAIGN_TIERS)[number];

/**
 * School aid (金秋助学) pays a filed worker's child entering senior high school or university in
 * the campaign's year; the level is read from the child's birth year.
 */
export const SCHOOL_AID_LEVELS = ['senior_high', 'university'] as const;
export type SchoolAidLevel = (typeof SCHOOL_AID_LEVELS)[number];

/** Age reached in the campaign's year at which a child enters each level. */
export const SCHOOL_ENTRY_AGE: Readonly<Record<SchoolAidLevel, number>> = { senior_high: 15, university: 18 };

/** The level a child born in `birthYear` enters in `year`, if one that school aid pays. */
export function schoolLevelEntering(birthYear: number, year: number): SchoolAidLevel | null {
  const age = year - birthYear;
  return SCHOOL_AID_LEVELS.find((level) => SCHOOL_ENTRY_AGE[level] === age) ?? null;
}

export interface CampaignEligibility {
  /** The file tiers on the roster; at least one. */
  tiers: CampaignTier[];
  /** Only workers flagged as migrant workers (农民工). */
  migrantOnly?: boolean;
}

/** A standard amount in fen: per tier, and for school aid per tier and school level. */
export interface CampaignAmount {
  tier: CampaignTier;
  level?: SchoolAidLevel;
  amount: number;
}

/** The standard amount for a tier (and a level, for school aid); null when the rules name none. */
export function standardAmountOf(
  amounts: readonly CampaignAmount[],
  tier: CampaignTier,
  level?: SchoolAidLevel,
): number | null {
  return amounts.find((row) => row.tier === tier && (row.level ?? null) === (level ?? null))?.amount ?? null;
}

/**
 * The standard amounts a campaign's rules need: one per eligible tier, and for school aid one
 * per eligible tier and school level.
 */
export function requiredAmountKeys(
  kind: CampaignKind,
  tiers: readonly CampaignTier[],
): { tier: CampaignTier; level?: SchoolAidLevel }[] {
  return kind === 'school'
    ? tiers.flatMap((tier) => SCHOOL_AID_LEVELS.map((level) => ({ tier, level })))
    : tiers.map((tier) => ({ tier }));
}

/**
 * What is wrong with a campaign's eligibility and amounts, as `validation` fields: tiers a
 * non-empty distinct subset; exactly one amount per eligible tier (× school level for school
 * aid), none for a tier that is not eligible, a level only for school aid. The shape of each
 * value (a known tier, integer fen) is checked at the edge.
 */
export function campaignRulesProblems(rules: {
  kind: CampaignKind;
  eligibility: CampaignEligibility;
  amounts: readonly CampaignAmount[];
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { tiers } = rules.eligibility;
  if (tiers.length === 0) {
    problems.push({ field: 'eligibility.tiers', code: 'required', message: 'name at least one tier' });
  }
  if (new Set(tiers).size !== tiers.length) {
    problems.push({ field: 'eligibility.tiers', code: 'distinct', message: 'a tier is named twice' });
  }
  const keyOf = (row: { tier: string; level?: string }) => `${row.tier}/${row.level ?? ''}`;
  const required = new Set(requiredAmountKeys(rules.kind, tiers).map(keyOf));
  const seen = new Set<string>();
  rules.amounts.forEach((row, index) => {
    const key = keyOf(row);
    if (seen.has(key)) {
      problems.push({ field: `amounts[${index}]`, code: 'distinct', message: `${key} has two amounts` });
    } else if (rules.kind !== 'school' && row.level !== undefined) {
      problems.push({
        field: `amounts[${index}].level`,
        code: 'invalid',
        message: 'only school aid has amounts by school level',
      });
    } else if (!required.has(key)) {
      problems.push({
        field: `amounts[${index}]`,
        code: 'invalid',
        message: `${key}: no amount is wanted for a tier (or level) that is not eligible`,
      });
    }
    seen.add(key);
  });
  for (const key of required) {
    if (!seen.has(key)) {
      problems.push({ field: 'amounts', code: 'required', message: `the amount of ${key} is missing` });
    }
  }
  return problems;
}

/** A campaign is in public notice while today ≤ its `noticeEndsOn`: no batch may pay it yet. */
export function campaignInNotice(
  campaign: { status: CampaignStatus; noticeEndsOn: string | null },
  today: CalendarDay,
): boolean {
  return campaign.status === 'approved' && inNotice(campaign, today);
}

/** Longest campaign name and line reason. */
export const CAMPAIGN_NAME_MAX_LENGTH = 100;
export const CAMPAIGN_REASON_MAX_LENGTH = 200;
/** Years a campaign may be for. */
export const CAMPAIGN_YEAR_MIN = 2000;
export const CAMPAIGN_YEAR_MAX = 2100;

/** `POST /api/campaigns`. */
export interface CreateCampaignRequest {
  name: string;
  kind: CampaignKind;
  fundId: string;
  year: number;
  eligibility: CampaignEligibility;
  amounts: CampaignAmount[];
}

/** `PATCH /api/campaigns/:id` (draft only). */
export type UpdateCampaignRequest = Partial<Omit<CreateCampaignRequest, 'kind'>>;

export interface CampaignTotals {
  /** Lines on the roster, excluded ones included. */
  lines: number;
  excluded: number;
  /** Fen of the lines not excluded. */
  amount: number;
  paidLines: number;
  /** Fen paid. */
  paidAmount: number;
  inBatchLines: number;
  /** Unpaid lines with a failure from a bank's results. */
  failedLines: number;
  /** Distinct workers by tier, lines not excluded. */
  byTier: { tier: CampaignTier; lines: number; amount: number }[];
}

export interface CampaignApprovalStep {
  userId: string;
  userName: string;
  comment: string | null;
  at: string;
}

export interface CampaignView {
  id: string;
  name: string;
  kind: CampaignKind;
  year: number;
  status: CampaignStatus;
  unitId: string;
  unitName: string;
  fundId: string;
  fundName: string;
  eligibility: CampaignEligibility;
  amounts: CampaignAmount[];
  /** When the roster was last built (a snapshot); null before. */
  rosterBuiltAt: string | null;
  totals: CampaignTotals;
  approvedBy: string | null;
  approvedAt: string | null;
  noticeStartsOn: string | null;
  noticeEndsOn: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface CampaignListItem {
  id: string;
  name: string;
  kind: CampaignKind;
  year: number;
  status: CampaignStatus;
  unitId: string;
  unitName: string;
  lines: number;
  amount: number;
  paidAmount: number;
  noticeEndsOn: string | null;
  createdAt: string;
}

/** `POST /api/campaigns/:id/roster`. */
export interface RosterBuilt {
  /** Lines on the roster, excluded ones included. */
  lines: number;
  /** Fen of the lines not excluded. */
  amount: number;
  /** Lines whose exclusion or changed amount was carried over from the roster before. */
  kept: number;
}

/** A school line's children that the amount pays for. */
export interface CampaignLineChild {
  name: string;
  birthYear: number;
  level: SchoolAidLevel;
}

export interface CampaignLineView {
  id: string;
  campaignId: string;
  /** 1, 2, … within the campaign: the 序号 of the payroll file and of the bank's results. */
  lineNo: number;
  workerId: string;
  workerName: string;
  /** Masked unless the caller may see it: 341102********123X. */
  idNumber: string;
  unitId: string;
  unitName: string;
  /** Null for a roster loaded from before the software (paper files). */
  fileId: string | null;
  fileNo: string | null;
  tier: CampaignTier;
  migrantWorker: boolean;
  /** Fen: the standard amount, as the rules gave it. */
  standardAmount: number;
  /** Fen to pay. */
  amount: number;
  status: CampaignLineStatus;
  /** Why excluded (an objection's words), why the amount differs from the standard, or why a line an objection excluded was put back. */
  reason: string | null;
  children: CampaignLineChild[];
  /** A masked account (****1234), or null: the worker has none (a bank batch skips nothing, the file says so). */
  bankAccount: string | null;
  batchId: string | null;
  /** The last failure a bank's results gave. */
  failure: string | null;
  paymentId: string | null;
  paidOn: string | null;
  /** The last objection to the line during the notice (公示异议), kept after a reinstatement. */
  objection: CampaignLineObjection | null;
}

/** An objection to a roster line received during the campaign's notice: the line is excluded until reinstated. */
export interface CampaignLineObjection {
  content: string;
  receivedVia: ObjectionChannel;
  /** When it was recorded (ISO instant). */
  at: string;
}

/** `POST /api/campaigns/:id/lines/:lineId/reinstate`: why an objection did not stand. */
export interface ReinstateLineRequest {
  reason: string;
}

/**
 * Whether an objection may be recorded against a line: the campaign is in notice and the line is
 * still to be paid. (During the notice no batch exists, so such a line is `unpaid`.)
 */
export function lineTakesObjection(
  campaign: { status: CampaignStatus; noticeEndsOn: string | null },
  line: { status: CampaignLineStatus },
  today: CalendarDay,
): boolean {
  return campaignInNotice(campaign, today) && line.status === 'unpaid';
}

/** Whether a reviewer may put back a line an objection excluded: the campaign is approved and open. */
export function lineReinstatable(
  campaign: { status: CampaignStatus },
  line: { status: CampaignLineStatus; objection: unknown },
): boolean {
  return campaign.status === 'approved' && line.status === 'excluded' && line.objection != null;
}

/** `PATCH /api/campaigns/:id/lines/:lineId` (draft only). */
export interface CampaignLinePatch {
  excluded?: boolean;
  amount?: number;
  reason: string;
}

/** `POST /api/campaigns/:id/batches`. */
export interface CreateBatchRequest {
  method: PaymentMethod;
  lineIds?: string[];
  /** The bank's layout for a bank batch; the default layout when absent. */
  layoutId?: string;
}

export interface BatchView {
  id: string;
  campaignId: string;
  /** 1, 2, …: a follow-up batch has the next number. */
  number: number;
  method: PaymentMethod;
  status: BatchStatus;
  layoutId: string | null;
  lines: number;
  amount: number;
  paidLines: number;
  paidAmount: number;
  failedLines: number;
  /** Lines neither paid nor failed yet. */
  pendingLines: number;
  bankFileDownloads: number;
  createdBy: string;
  createdAt: string;
}

/** `GET /api/batches/:id/lines`: a line as this batch carried it. */
export interface BatchLineView extends CampaignLineView {
  /** Fen, as the batch carries it. */
  batchAmount: number;
  outcome: 'pending' | 'paid' | 'failed' | 'reversed';
  /** The failure this batch's results gave the line. */
  batchFailure: string | null;
}

/** One line of the results the bank (回盘) or the cashier gives. */
export interface BatchResult {
  lineId: string;
  paid: boolean;
  failure?: string;
  /** Fen the bank or cashier says it paid; refused (`line.amount_differs`) when not the batch line's. */
  amount?: number;
}

/** `POST /api/batches/:id/results` as JSON. */
export interface BatchResultsRequest {
  results: BatchResult[];
  /** The day the bank paid; today when absent. */
  paidOn?: string;
}

/** Why a result line was not applied. */
export const BATCH_RESULT_REFUSALS = [
  'line.not_in_batch',
  'line.already_paid',
  'line.amount_differs',
  'line.unknown',
  'line.duplicate',
] as const;
export type BatchResultRefusal = (typeof BATCH_RESULT_REFUSALS)[number];

export interface BatchResultsAnswer {
  paid: number;
  paidAmount: number;
  failed: number;
  /** Lines of the call that were already paid by an earlier call: not paid again. */
  alreadyPaid: number;
  refused: { lineId: string | null; row?: number; code: BatchResultRefusal; message: string }[];
  batch: BatchView;
}

/** `POST /api/batches/:id/receipts` for cash and in-kind batches. */
export interface ReceiptsRequest {
  lineIds: string[];
  receivedOn: string;
}

/** The columns a bank's payroll file (代发) may have. */
export const BANK_FILE_FIELDS = ['lineNo', 'name', 'account', 'amount', 'purpose', 'idNumber'] as const;
export type BankFileField = (typeof BANK_FILE_FIELDS)[number];

/** Fields every layout must have. */
export const BANK_FILE_REQUIRED_FIELDS: readonly BankFileField[] = ['name', 'account', 'amount'];

export interface BankFileColumn {
  field: BankFileField;
  /** The heading the bank expects, e.g. 户名, 账号, 金额. */
  heading: string;
}

/** A bank's payroll layout, set by an administrator. */
export interface BankLayout {
  id: string;
  bankName: string;
  columns: BankFileColumn[];
  /**
   * Headings of the bank's result file (回盘): the column with the line's number (序号, the
   * `lineNo` column of the payroll file), the status column and the value in it that means
   * paid, and the failure's reason.
   */
  resultColumns: { lineRef: string; status: string; reason: string; paidValue: string };
  updatedAt: string;
  updatedBy: string | null;
}

export type BankLayoutRequest = Omit<BankLayout, 'id' | 'updatedAt' | 'updatedBy'>;

/** The layout a bank batch uses when no bank's is chosen. */
export const DEFAULT_BANK_LAYOUT: BankLayoutRequest = {
  bankName: '通用',
  columns: [
    { field: 'lineNo', heading: '序号' },
    { field: 'name', heading: '户名' },
    { field: 'account', heading: '账号' },
    { field: 'amount', heading: '金额' },
    { field: 'purpose', heading: '用途' },
  ],
  resultColumns: { lineRef: '序号', status: '状态', reason: '失败原因', paidValue: '成功' },
};

/** `800.00`: yuan with two decimals, no separators, as payroll files want. */
export function yuanForBank(fen: number): string {
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** The most lines one call may name (a batch's `lineIds`, results, receipts), as many as an import's rows. */
export const BATCH_MAX_LINES = 20_000;
/** Longest failure a result may give a line (longer ones are cut). */
export const BATCH_FAILURE_MAX_LENGTH = 200;
/** Longest bank name and column heading of a bank's layout. */
export const BANK_NAME_MAX_LENGTH = 50;
export const BANK_HEADING_MAX_LENGTH = 30;

/** `GET /api/batches/:id/lines?outcome=`. */
export const BATCH_OUTCOMES = ['pending', 'paid', 'failed', 'reversed'] as const;
export type BatchOutcome = (typeof BATCH_OUTCOMES)[number];

/** `GET /api/batches/:id/bank-file?format=`. */
export const BANK_FILE_FORMATS = ['xlsx', 'csv'] as const;
export type BankFileFormat = (typeof BANK_FILE_FORMATS)[number];

/** What can be wrong with a bank's layout; the web app says each in the user's language. */
export const BANK_LAYOUT_PROBLEMS = [
  'bank_name',
  'no_columns',
  'missing_field',
  'duplicate_field',
  'heading',
  'duplicate_heading',
  'result_heading',
  'duplicate_result_heading',
] as const;
export type BankLayoutProblemKind = (typeof BANK_LAYOUT_PROBLEMS)[number];

/** The result file's headings, in the order an editor shows them. */
export const BANK_RESULT_HEADINGS = ['lineRef', 'status', 'paidValue', 'reason'] as const;
export type BankResultHeading = (typeof BANK_RESULT_HEADINGS)[number];

export interface BankLayoutProblem {
  /** `bankName`, `columns` or `resultColumns`. */
  field: 'bankName' | 'columns' | 'resultColumns';
  problem: BankLayoutProblemKind;
  /** What the problem names: a field, a 1-based column, a heading, a limit. */
  params: Record<string, string | number>;
  message: string;
}

/**
 * Whether a bank's layout can be used, as a list of problems (empty when it can): a bank name of
 * 1–50 characters, at least one column, the required fields present, no field twice, headings
 * 1–30 characters and distinct, the result file's headings and paid value given, its three
 * column headings distinct. The API refuses with these; the layout editor shows them first.
 */
export function bankLayoutProblems(layout: BankLayoutRequest): BankLayoutProblem[] {
  const problems: BankLayoutProblem[] = [];
  const add = (
    field: BankLayoutProblem['field'],
    problem: BankLayoutProblemKind,
    message: string,
    params: BankLayoutProblem['params'] = {},
  ) => problems.push({ field, problem, params, message });
  const bad = (text: string, max: number) => text.trim().length < 1 || text.trim().length > max;

  if (bad(layout.bankName, BANK_NAME_MAX_LENGTH)) {
    add('bankName', 'bank_name', `must be 1–${BANK_NAME_MAX_LENGTH} characters`, {
      max: BANK_NAME_MAX_LENGTH,
    });
  }
  if (layout.columns.length === 0) add('columns', 'no_columns', 'must have at least one column');
  const fields = layout.columns.map((column) => column.field);
  for (const field of BANK_FILE_REQUIRED_FIELDS) {
    if (!fields.includes(field)) add('columns', 'missing_field', `must have the field ${field}`, { field });
  }
  for (const field of repeated(fields)) {
    add('columns', 'duplicate_field', `the field ${field} is there twice`, { field });
  }
  layout.columns.forEach((column, index) => {
    if (bad(column.heading, BANK_HEADING_MAX_LENGTH)) {
      add('columns', 'heading', `headings must be 1–${BANK_HEADING_MAX_LENGTH} characters`, {
        column: index + 1,
        max: BANK_HEADING_MAX_LENGTH,
      });
    }
  });
  const headings = layout.columns.map((column) => column.heading.trim()).filter(Boolean);
  for (const heading of repeated(headings)) {
    add('columns', 'duplicate_heading', `two columns have the heading ${heading}`, { heading });
  }
  for (const name of BANK_RESULT_HEADINGS) {
    if (bad(layout.resultColumns[name], BANK_HEADING_MAX_LENGTH)) {
      add('resultColumns', 'result_heading', `${name} must be 1–${BANK_HEADING_MAX_LENGTH} characters`, {
        name,
        max: BANK_HEADING_MAX_LENGTH,
      });
    }
  }
  const { lineRef, status, reason } = layout.resultColumns;
  for (const heading of repeated([lineRef, status, reason].map((text) => text.trim()).filter(Boolean))) {
    add('resultColumns', 'duplicate_result_heading', `two result columns have the heading ${heading}`, {
      heading,
    });
  }
  return problems;
}

/** The values seen more than once, each once, in the order of their second sighting. */
function repeated<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const twice = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) twice.add(value);
    seen.add(value);
  }
  return [...twice];
}
