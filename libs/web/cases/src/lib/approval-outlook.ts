import {
  isFinalStep,
  nextLevelAfter,
  noticeDaysOf,
  type ApprovalPolicy,
  type ApprovalPolicyView,
  type CaseType,
  type CaseView,
  type UnitLevel,
} from '@worker-aid/shared/domain';

/** What approving will do, told before the reviewer confirms. */
export type StepOutlook = { final: true; noticeDays: number } | { final: false; nextLevel: UnitLevel };

/** The policy that decides steps: none until an administrator configured one (every step final, no notice). */
export function policyInForce(view: ApprovalPolicyView): ApprovalPolicy | null {
  return view.configured ? view : null;
}

/** The most a step may approve: the last step's amount, or the requested amount before any step. */
export function stepCeiling(aidCase: Pick<CaseView, 'requestedAmount' | 'approvals'>): number {
  return aidCase.approvals.at(-1)?.amount ?? aidCase.requestedAmount;
}

/** Whether a step at `level` approving `amount` fen is final (and then how long the notice runs), or where it goes next. */
export function stepOutlook(
  policy: ApprovalPolicy | null,
  type: CaseType,
  level: UnitLevel,
  amount: number,
): StepOutlook {
  const nextLevel = nextLevelAfter(level);
  if (isFinalStep(policy, type, level, amount) || nextLevel === null) {
    return { final: true, noticeDays: policy ? noticeDaysOf(policy, type) : 0 };
  }
  return { final: false, nextLevel };
}
