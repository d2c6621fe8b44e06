import {
  firstReviewLevel,
  isFinalStep,
  nextLevelAfter,
  noticeDaysOf,
  noticeEndsOn,
  stepRefusal,
  type ApprovalPolicy,
  type CalendarDay,
  type StepRefusal,
  type UnitLevel,
} from '@worker-aid/shared/domain';
import { apiError, invalidField, type ApiError } from '@worker-aid/api/core';
import type { AidCase } from './aid-case.entity';

/**
 * A case's round of approval by level (API.md v2 "Approval by level, public notice, inbox"),
 * applied to the locked case. The rules themselves are the shared domain's; this is where the
 * cases feature writes what they decide onto the case.
 */

/** Who makes a step: the user and their unit, with the unit's level. */
export interface StepActor {
  id: string;
  unitId: string;
  level: UnitLevel;
}

/** What the step's history line and audit entry record besides its comment. */
export interface StepDetail extends Record<string, unknown> {
  level: UnitLevel;
  unitId: string;
  amount: number;
  final: boolean;
}

/** A case submitted (or sent back by an objection) starts a round with no steps. */
export function startRound(aidCase: AidCase, caseUnitLevel: UnitLevel): void {
  aidCase.approvals = [];
  aidCase.awaitingLevel = firstReviewLevel(caseUnitLevel);
}

/** Return, reject and withdraw end the round: its steps stay in the history only. */
export function endRound(aidCase: AidCase): void {
  aidCase.approvals = [];
  aidCase.awaitingLevel = null;
}

/**
 * The actor's step on a submitted case: refused by the step rule (four eyes, level, a raised
 * amount) before the amount is checked against the request. A final step approves the case
 * and starts its public notice; any other hands it to the level above.
 */
export function takeStep(
  aidCase: AidCase,
  actor: StepActor,
  step: { amount: number; comment: string | null },
  policy: ApprovalPolicy | null,
  today: CalendarDay,
): StepDetail {
  const refusal = stepRefusal(aidCase, actor, step.amount);
  if (refusal) throw refusalError(refusal, aidCase);
  if (step.amount > aidCase.requestedAmount) {
    throw invalidField('approvedAmount', 'above_requested', 'may not exceed the requested amount');
  }
  const final = isFinalStep(policy, aidCase.type, actor.level, step.amount);
  aidCase.approvals = [
    ...aidCase.approvals,
    {
      level: actor.level,
      unitId: actor.unitId,
      userId: actor.id,
      amount: step.amount,
      comment: step.comment,
      at: new Date().toISOString(),
    },
  ];
  if (final) {
    aidCase.status = 'approved';
    aidCase.approvedAmount = step.amount;
    aidCase.awaitingLevel = null;
    const endsOn = noticeEndsOn(today, policy ? noticeDaysOf(policy, aidCase.type) : 0);
    aidCase.noticeStartsOn = endsOn ? today : null;
    aidCase.noticeEndsOn = endsOn;
  } else {
    aidCase.awaitingLevel = nextLevelAfter(actor.level);
  }
  return { level: actor.level, unitId: actor.unitId, amount: step.amount, final };
}

/** An objection during the notice: back to review, the round and the notice undone. */
export function reopenForReview(aidCase: AidCase, caseUnitLevel: UnitLevel): void {
  aidCase.status = 'submitted';
  aidCase.approvedAmount = null;
  aidCase.noticeStartsOn = null;
  aidCase.noticeEndsOn = null;
  startRound(aidCase, caseUnitLevel);
}

function refusalError(refusal: StepRefusal, aidCase: AidCase): ApiError {
  switch (refusal) {
    case 'four_eyes':
      return apiError(
        'case.four_eyes',
        'the user who created a case, or already made a step of its approval, may not approve it',
      );
    case 'level':
      return apiError(
        'case.level',
        `the case awaits a step from the ${aidCase.awaitingLevel ?? 'next'} level, above the last step's`,
      );
    case 'amount_raised':
      return apiError(
        'case.amount_raised',
        `approvedAmount: may not be above the last step's ${aidCase.approvals.at(-1)?.amount ?? 0} fen`,
      );
  }
}
