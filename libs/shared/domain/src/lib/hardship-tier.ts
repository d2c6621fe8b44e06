/**
 * The hardship worker file's rule (API.md "Hardship files", DOMAIN.md part two): the local
 * standard a unit sets, and the tier a household falls in under it. Pure and exact — integer fen
 * and integer arithmetic only — so the API and the web compute the same tier.
 */

/** The tiers of a file, in the order they are tried. */
export const FILE_TIERS = ['deep', 'relative', 'sudden', 'none'] as const;
export type FileTier = (typeof FILE_TIERS)[number];

export const MEMBER_RELATIONS = ['self', 'spouse', 'child', 'parent', 'sibling', 'other'] as const;
export type MemberRelation = (typeof MEMBER_RELATIONS)[number];

export const MEMBER_HEALTH = ['healthy', 'chronic', 'serious', 'disabled'] as const;
export type MemberHealth = (typeof MEMBER_HEALTH)[number];

export const MEMBER_WORK = ['employed', 'unemployed', 'retired', 'student', 'preschool', 'unable'] as const;
export type MemberWork = (typeof MEMBER_WORK)[number];

/** Why a household is in hardship (a file's `mainCause`, `secondaryCauses`); not a case's `HARDSHIP_CAUSES`. */
export const FILE_HARDSHIP_CAUSES = [
  'illness',
  'disability',
  'schooling',
  'disaster',
  'accident',
  'unemployment',
  'low_income',
  'enterprise_difficulty',
  'single_parent',
  'other',
] as const;
export type FileHardshipCause = (typeof FILE_HARDSHIP_CAUSES)[number];

/** `relativeMultiple` is 1.0–3.0 in steps of 0.1, kept as whole tenths (10–30). */
export const RELATIVE_MULTIPLE_TENTHS = { min: 10, max: 30, default: 20 } as const;
/** `suddenSharePercent`: 1–100, default 80. */
export const SUDDEN_SHARE_PERCENT = { min: 1, max: 100, default: 80 } as const;

/** A local standard, exactly: the poverty line in fen per person per month, the multiple in tenths. */
export interface HardshipStandard {
  povertyLine: number;
  relativeMultipleTenths: number;
  suddenSharePercent: number;
}

/** The tenths of a `relativeMultiple` sent as a JSON number (1.0, 1.1, …, 3.0); null for any other value. */
export function relativeMultipleTenths(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const tenths = Math.round(value * 10);
  if (tenths < RELATIVE_MULTIPLE_TENTHS.min || tenths > RELATIVE_MULTIPLE_TENTHS.max) return null;
  // 1.1 parses to the double nearest 11/10, which is what 11 / 10 gives: exact for the allowed values only.
  return tenths / 10 === value ? tenths : null;
}

/** The JSON number of a multiple kept in tenths: 20 → 2, 15 → 1.5. */
export function relativeMultipleOf(tenths: number): number {
  return tenths / 10;
}

export interface HouseholdMemberIncome {
  /** Fen per month, ≥ 0. */
  monthlyIncome: number;
}

export interface Household {
  members: readonly HouseholdMemberIncome[];
  /** Fen per month. */
  monthlyRigidExpenses: number;
  /** Fen over the last 12 months; none when left out. */
  suddenExpenses12m?: number | null;
}

const big = (value: number): bigint => {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a whole number of fen: ${value}`);
  return BigInt(value);
};

function incomeOf(members: readonly HouseholdMemberIncome[]): bigint {
  return members.reduce((sum, member) => sum + big(member.monthlyIncome), 0n);
}

/** Division rounded toward −∞ (BigInt division truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/**
 * floor((Σ monthlyIncome − monthlyRigidExpenses) / members), in fen; may be negative (rounded
 * toward −∞: −10 fen among 3 is −4). A household has at least one member.
 */
export function perCapitaIncome(
  members: readonly HouseholdMemberIncome[],
  monthlyRigidExpenses: number,
): number {
  if (members.length === 0) throw new RangeError('a household has at least one member');
  return Number(floorDiv(incomeOf(members) - big(monthlyRigidExpenses), BigInt(members.length)));
}

/**
 * The tier, tried in this order: `deep` below the poverty line; `relative` below the line times
 * the multiple; `sudden` when the sudden expenses of 12 months exceed `suddenSharePercent` % of
 * 12 months' income (before rigid expenses); else `none`.
 */
export function hardshipTier(household: Household, standard: HardshipStandard): FileTier {
  const perCapita = big(perCapitaIncome(household.members, household.monthlyRigidExpenses));
  const line = big(standard.povertyLine);
  if (perCapita < line) return 'deep';
  if (perCapita * 10n < line * big(standard.relativeMultipleTenths)) return 'relative';
  const sudden = big(household.suddenExpenses12m ?? 0);
  if (sudden * 100n > big(standard.suddenSharePercent) * 12n * incomeOf(household.members)) return 'sudden';
  return 'none';
}

/** `PUT /api/standards`: `relativeMultiple` as a JSON number 1.0–3.0 in steps of 0.1. */
export interface PutStandardRequest {
  unitId: string;
  effectiveFrom: string;
  povertyLine: number;
  relativeMultiple?: number;
  suddenSharePercent?: number;
}

/** A local standard as the API answers it. */
export interface StandardView {
  unitId: string;
  /** `YYYY-MM-DD`, a day of the center's calendar. */
  effectiveFrom: string;
  /** Fen per person per month. */
  povertyLine: number;
  relativeMultiple: number;
  suddenSharePercent: number;
  /** In `GET /api/standards`: the ancestor whose standard applies, or null for the unit's own. */
  inheritedFrom: string | null;
}
