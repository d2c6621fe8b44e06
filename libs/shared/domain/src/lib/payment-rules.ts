import type { CaseStatus, MedicalDetails } from './cases';

/**
 * The rules of paying a case, said once and used by the API (which enforces them) and the web
 * app (which offers only what they allow).
 */

/** The one status in which a case may be paid. */
export const PAYABLE_CASE_STATUS: CaseStatus = 'approved';

/** The statuses in which a case's payments may still be reversed. */
export const REVERSIBLE_CASE_STATUSES: readonly CaseStatus[] = ['approved', 'disbursed'];

/** Fen still to pay on a case: approved − disbursed, never below zero (0 before approval). */
export function remainingToPay(aidCase: { approvedAmount: number | null; disbursedAmount: number }): number {
  if (aidCase.approvedAmount === null) return 0;
  return Math.max(0, aidCase.approvedAmount - aidCase.disbursedAmount);
}

/** Why a payment of `amount` fen cannot be made, or null when it can. */
export type PaymentRefusal = 'not_positive' | 'over_approved' | 'insufficient';

export function paymentRefusal(
  amount: number,
  remaining: number,
  balance: number | null,
): PaymentRefusal | null {
  if (amount <= 0) return 'not_positive';
  if (amount > remaining) return 'over_approved';
  if (balance !== null && amount > balance) return 'insufficient';
  return null;
}

/**
 * Whether a fund may pay a case: the fund's unit is the case's unit or one above it.
 * `caseUnitLine` is the ids of the units from the center down to the case's unit.
 */
export function fundMayPayCase(fund: { unitId: string }, caseUnitLine: readonly string[]): boolean {
  return caseUnitLine.includes(fund.unitId);
}

/**
 * A payment that may still be reversed: not a reversal itself, not reversed yet, its case still
 * open for it. A campaign line's payment (`caseStatus` null) has no case to ask.
 */
export function isReversible(
  payment: { reversesId: string | null; reversedById: string | null },
  caseStatus: CaseStatus | null,
): boolean {
  return (
    payment.reversesId === null &&
    payment.reversedById === null &&
    (caseStatus === null || REVERSIBLE_CASE_STATUSES.includes(caseStatus))
  );
}

/** Four eyes: the user who created a record (a case, a hardship file) may never approve it. */
export function mayApprove(record: { createdBy: string }, userId: string): boolean {
  return record.createdBy !== userId;
}

/** The user who created a case may never approve it (four eyes). */
export const mayApproveCase: (aidCase: { createdBy: string }, userId: string) => boolean = mayApprove;

/** A medical case's costs add up: total = insurance reimbursement + out of pocket. */
export function medicalCostsAddUp(
  details: Pick<MedicalDetails, 'totalCost' | 'insuranceReimbursed' | 'outOfPocket'>,
): boolean {
  return details.totalCost === details.insuranceReimbursed + details.outOfPocket;
}
