import { dayDaysAfter, type CalendarDay } from './calendar-days';
import { CASE_TYPES, type CaseType } from './cases';
import type { FieldProblem } from './error-codes';
import { parentLevelOf, UNIT_LEVELS, type UnitLevel } from './units';

/**
 * Approval by level and public notice (DOMAIN.md "分级审批 与 公示", API.md v2 "Approval by
 * level, public notice, inbox"): the policy an administrator sets, and the rules that decide
 * whether a step is final, who may make the next one and how long a notice runs. Said once
 * here; the API enforces them and the web app offers only what they allow.
 */

/**
 * What a notice period is set for: each aid type, approved hardship files (`file`) and approved
 * campaign rosters (`campaign`).
 */
export const NOTICE_SUBJECTS = [...CASE_TYPES, 'file', 'campaign'] as const;
export type NoticeSubject = (typeof NOTICE_SUBJECTS)[number];

/**
 * Subjects added after policies were first saved: a policy (stored, or sent by an older client)
 * may lack them, and then has no notice for them (0 days).
 */
export const LATER_NOTICE_SUBJECTS: readonly NoticeSubject[] = ['campaign'];

/** The policy with every notice subject it lacks at 0 days, as the policy page shows it. */
export function withEveryNoticeSubject<T extends ApprovalPolicy>(policy: T): T {
  const missing = NOTICE_SUBJECTS.filter((type) => !policy.noticeDays.some((row) => row.type === type));
  return missing.length === 0
    ? policy
    : { ...policy, noticeDays: [...policy.noticeDays, ...missing.map((type) => ({ type, days: 0 }))] };
}

/** The longest notice period an administrator may set, in days. */
export const NOTICE_DAYS_MAX = 30;

/** The longest text telling the public where to object. */
export const OBJECTION_CONTACT_MAX_LENGTH = 200;

export interface ApprovalLimit {
  type: CaseType;
  level: UnitLevel;
  /** Fen a step at this level may approve as final; `null`: no limit. */
  limit: number | null;
}

export interface NoticePeriod {
  type: NoticeSubject;
  /** Calendar days of public notice after final approval; 0: none. */
  days: number;
}

/** `PUT /api/approval-policy`: every type × level once, every notice subject once. */
export interface ApprovalPolicy {
  limits: ApprovalLimit[];
  noticeDays: NoticePeriod[];
  /** Where and how the public objects (printed on the notice), e.g. the center's address and phone. */
  objectionContact?: string | null;
}

/** `GET /api/approval-policy`: the policy, or — `configured: false` — the no-policy default. */
export interface ApprovalPolicyView extends ApprovalPolicy {
  objectionContact: string | null;
  configured: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** What a database without a policy behaves as: no limits and no notice, as in v1. */
export const NO_POLICY: ApprovalPolicy = {
  limits: CASE_TYPES.flatMap((type) => UNIT_LEVELS.map((level) => ({ type, level, limit: null }))),
  noticeDays: NOTICE_SUBJECTS.map((type) => ({ type, days: 0 })),
  objectionContact: null,
};

/** The limit of a level for a type; `null` (no limit) when the policy does not name it. */
export function limitOf(policy: ApprovalPolicy, type: CaseType, level: UnitLevel): number | null {
  return policy.limits.find((row) => row.type === type && row.level === level)?.limit ?? null;
}

export function noticeDaysOf(policy: ApprovalPolicy, subject: NoticeSubject): number {
  return policy.noticeDays.find((row) => row.type === subject)?.days ?? 0;
}

/**
 * What is wrong with a policy, as `validation` fields: each type × level exactly once, the
 * center without a limit, a higher level's limit never below a lower one's, each notice
 * subject once with 0–30 days.
 */
export function approvalPolicyProblems(policy: ApprovalPolicy): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  policy.limits.forEach((row, index) => {
    const key = `${row.type}/${row.level}`;
    if (seen.has(key)) {
      problems.push({ field: `limits[${index}]`, code: 'distinct', message: `${key} is named twice` });
    }
    seen.add(key);
    if (row.level === 'center' && row.limit !== null) {
      problems.push({
        field: `limits[${index}].limit`,
        code: 'center_no_limit',
        message: `the center's limit for ${row.type} must be null (no limit)`,
      });
    }
  });
  for (const type of CASE_TYPES) {
    for (const level of UNIT_LEVELS) {
      if (!seen.has(`${type}/${level}`)) {
        problems.push({
          field: 'limits',
          code: 'required',
          message: `the limit of ${type} at ${level} is missing`,
        });
      }
    }
    problems.push(...orderProblems(policy, type));
  }
  const subjects = new Set<string>();
  policy.noticeDays.forEach((row, index) => {
    if (subjects.has(row.type)) {
      problems.push({
        field: `noticeDays[${index}]`,
        code: 'distinct',
        message: `${row.type} is named twice`,
      });
    }
    subjects.add(row.type);
  });
  for (const subject of NOTICE_SUBJECTS) {
    if (!subjects.has(subject) && !LATER_NOTICE_SUBJECTS.includes(subject)) {
      problems.push({
        field: 'noticeDays',
        code: 'required',
        message: `the notice days of ${subject} are missing`,
      });
    }
  }
  return problems;
}

/** A higher level's limit is never below a lower one's (`null`, no limit, is above every number). */
function orderProblems(policy: ApprovalPolicy, type: CaseType): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const level of UNIT_LEVELS) {
    const above = parentLevelOf(level);
    if (!above) continue;
    const own = limitOf(policy, type, level);
    const higher = limitOf(policy, type, above);
    if (higher !== null && (own === null || own > higher)) {
      const index = policy.limits.findIndex((row) => row.type === type && row.level === above);
      problems.push({
        field: `limits[${index}].limit`,
        code: 'below_lower_level',
        message: `the ${above} limit for ${type} may not be below the ${level} limit`,
      });
    }
  }
  return problems;
}

// ---- Steps ----

/** One approval step of a case's current round (API.md: `approvals`). */
export interface ApprovalStep {
  level: UnitLevel;
  unitId: string;
  /** The unit's name, for the case page (a grassroots user cannot look up the center). */
  unitName: string;
  userId: string;
  userName: string | null;
  /** Fen this step approved. */
  amount: number;
  comment: string | null;
  at: string;
}

/** The level a unit's depth in the tree gives: the center is depth 1. */
export function levelAtDepth(depth: number): UnitLevel {
  const level = UNIT_LEVELS[depth - 1];
  if (!level) throw new Error(`no unit level at depth ${depth}`);
  return level;
}

/**
 * The level whose step a case submitted at a unit of `caseUnitLevel` waits for first: a
 * grassroots workstation's cases are reviewed by its industry union, other units' by
 * themselves. (Any level in scope may still make the first step.)
 */
export function firstReviewLevel(caseUnitLevel: UnitLevel): UnitLevel {
  return caseUnitLevel === 'grassroots' ? 'industry' : caseUnitLevel;
}

/** Whether a step by a user at `level` approving `amount` fen is final: within the level's limit. */
export function isFinalStep(
  policy: ApprovalPolicy | null,
  type: CaseType,
  level: UnitLevel,
  amount: number,
): boolean {
  if (!policy) return true;
  const limit = limitOf(policy, type, level);
  return limit === null || amount <= limit;
}

/** Why a user may not make the next step of a case, or null when they may. */
export type StepRefusal = 'four_eyes' | 'level' | 'amount_raised';

/**
 * Four eyes across every step (never the creator, never a second step by one user); each step
 * from a level above the last one; a later step may lower the amount, never raise it.
 */
export function stepRefusal(
  aidCase: { createdBy: string; approvals: readonly Pick<ApprovalStep, 'level' | 'userId' | 'amount'>[] },
  actor: { id: string; level: UnitLevel },
  amount: number,
): StepRefusal | null {
  if (aidCase.createdBy === actor.id || aidCase.approvals.some((step) => step.userId === actor.id)) {
    return 'four_eyes';
  }
  const last = aidCase.approvals.at(-1);
  if (!last) return null;
  if (UNIT_LEVELS.indexOf(actor.level) >= UNIT_LEVELS.indexOf(last.level)) return 'level';
  if (amount > last.amount) return 'amount_raised';
  return null;
}

/** The level a step that is not final hands the case to: the one above the actor's. */
export function nextLevelAfter(level: UnitLevel): UnitLevel | null {
  return parentLevelOf(level);
}

// ---- Public notice (公示) ----

/** The last day of notice after final approval on `approvedOn`; `null` when the type has none. */
export function noticeEndsOn(approvedOn: CalendarDay, days: number): CalendarDay | null {
  return days > 0 ? dayDaysAfter(approvedOn, days) : null;
}

/** A case or file is in notice while today ≤ `noticeEndsOn`: no payment, objections possible. */
export function inNotice(record: { noticeEndsOn: string | null }, today: CalendarDay): boolean {
  return record.noticeEndsOn !== null && today <= record.noticeEndsOn;
}

/** How an objection reached the union. */
export const OBJECTION_CHANNELS = ['in_person', 'phone', 'letter', 'other'] as const;
export type ObjectionChannel = (typeof OBJECTION_CHANNELS)[number];

export const OBJECTION_CONTENT_MAX_LENGTH = 2000;

/** `POST /api/cases/:id/objections`, `POST /api/files/:id/objections`. */
export interface ObjectionRequest {
  content: string;
  receivedVia: ObjectionChannel;
}
