import type { AidType } from './campaigns';
import type { Permission } from './permissions';

/** The four core kinds of aid (帮扶类型), each a case type with details of its own. */
export const CASE_TYPES = ['hardship', 'medical', 'education', 'legal'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/**
 * The aid types' names in the files the API writes (reports, notices), in DOMAIN.md's words;
 * the web app's own texts are its translations.
 */
export const CASE_TYPE_WORDS: Readonly<Record<'zh-CN' | 'en', Record<CaseType, string>>> = {
  'zh-CN': { hardship: '生活救助', medical: '医疗救助', education: '助学', legal: '法律援助' },
  en: { hardship: 'Hardship aid', medical: 'Medical aid', education: 'Education aid', legal: 'Legal aid' },
};

/** The same for every aid type a payment counts as: the case types and the campaigns' (两节送温暖…). */
export const AID_TYPE_WORDS: Readonly<Record<'zh-CN' | 'en', Record<AidType, string>>> = {
  'zh-CN': {
    ...CASE_TYPE_WORDS['zh-CN'],
    festival: '两节送温暖',
    summer: '夏送清凉',
    other_campaign: '其他专项活动',
  },
  en: {
    ...CASE_TYPE_WORDS.en,
    festival: 'Festival visits',
    summer: 'Summer cooling',
    other_campaign: 'Other campaigns',
  },
};

/** Prefix of the human-readable case number, e.g. `MED-2026-000123`. */
export const CASE_NUMBER_PREFIX: Readonly<Record<CaseType, string>> = {
  hardship: 'HRD',
  medical: 'MED',
  education: 'EDU',
  legal: 'LEG',
};

export function formatCaseNumber(type: CaseType, year: number, sequence: number): string {
  return `${CASE_NUMBER_PREFIX[type]}-${year}-${String(sequence).padStart(6, '0')}`;
}

export const CASE_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'disbursed',
  'closed',
  'returned',
  'rejected',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which a case is still being worked on or paid: a second case of the same type in the same year is worth a warning. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'disbursed',
];

/** Statuses in which the case's own fields may still be edited. */
export const EDITABLE_CASE_STATUSES: readonly CaseStatus[] = ['draft', 'returned'];

export const CASE_ACTIONS = ['submit', 'approve', 'reject', 'return', 'withdraw', 'close'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** A case's life (DOMAIN.md "A case's life"): which action leads from which statuses to which. */
export const CASE_TRANSITIONS: Readonly<
  Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus; permission: Permission }>
> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', permission: 'records:write' },
  approve: { from: ['submitted'], to: 'approved', permission: 'cases:decide' },
  reject: { from: ['submitted'], to: 'rejected', permission: 'cases:decide' },
  return: { from: ['submitted'], to: 'returned', permission: 'cases:decide' },
  withdraw: { from: ['draft', 'submitted', 'returned'], to: 'withdrawn', permission: 'records:write' },
  close: { from: ['approved', 'disbursed'], to: 'closed', permission: 'cases:close' },
};

export function canTransition(action: CaseAction, status: CaseStatus): boolean {
  return CASE_TRANSITIONS[action].from.includes(status);
}

/** The actions the status allows, in the order the UI offers them. */
export function actionsFrom(status: CaseStatus): CaseAction[] {
  return CASE_ACTIONS.filter((action) => canTransition(action, status));
}

// ---- Details of each type ----

export const HARDSHIP_CAUSES = [
  'illness',
  'disability',
  'disaster',
  'accident',
  'unemployment',
  'other',
] as const;
export type HardshipCause = (typeof HARDSHIP_CAUSES)[number];

export const EDUCATION_LEVELS = [
  'primary',
  'junior_high',
  'senior_high',
  'vocational',
  'college',
  'university',
  'postgraduate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const DISPUTE_KINDS = [
  'wage_arrears',
  'work_injury',
  'labor_contract',
  'social_insurance',
  'other',
] as const;
export type DisputeKind = (typeof DISPUTE_KINDS)[number];

export const LEGAL_OUTCOMES = ['settled', 'won', 'lost', 'withdrawn'] as const;
export type LegalOutcome = (typeof LEGAL_OUTCOMES)[number];

/** The most people a household of hardship aid can count. */
export const HOUSEHOLD_SIZE_MAX = 30;

/** A school year such as `2026-2027`: two consecutive years. */
export const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{4})$/;

export function isSchoolYear(value: string): boolean {
  const match = SCHOOL_YEAR_PATTERN.exec(value);
  return !!match && Number(match[2]) === Number(match[1]) + 1;
}

export interface HardshipDetails {
  cause: HardshipCause;
  householdSize: number;
  /** Fen. */
  monthlyHouseholdIncome: number;
}

export interface MedicalDetails {
  hospital: string;
  diagnosis: string;
  /** Fen; always `insuranceReimbursed + outOfPocket`. */
  totalCost: number;
  insuranceReimbursed: number;
  outOfPocket: number;
}

export interface EducationDetails {
  childName: string;
  school: string;
  level: EducationLevel;
  schoolYear: string;
  /** Fen. */
  tuition: number;
}

export interface LegalDetails {
  disputeKind: DisputeKind;
  opposingParty: string;
  /** Fen. */
  amountClaimed: number;
}

export interface CaseDetailsByType {
  hardship: HardshipDetails;
  medical: MedicalDetails;
  education: EducationDetails;
  legal: LegalDetails;
}
export type CaseDetails = CaseDetailsByType[CaseType];

/** The center's clock: case years and "this year" follow China Standard Time. */
export const CENTER_TIME_ZONE = 'Asia/Shanghai';

/** Today's date (YYYY-MM-DD) on the center's clock. */
export function todayInCenter(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CENTER_TIME_ZONE }).format(now);
}
