import type { UnitLevel } from '@worker-aid/shared/domain';

/** Who a review queue is for: the user and the level of their unit. */
export interface Reviewer {
  id: string;
  level: UnitLevel;
}

/**
 * The cases (alias `c`, already limited to the reviewer's scope) waiting for the reviewer's step:
 * submitted, not their own, and — under a policy — awaiting their level (a grassroots reviewer:
 * the first step of their unit's cases). Without a policy any reviewer in scope decides (v1).
 * The review list (`GET /api/cases?review=true`) and the inbox's `review` count both use this.
 */
export function reviewQueueCondition(
  reviewer: Reviewer,
  policyConfigured: boolean,
  bind: (value: unknown) => string,
): string {
  const conditions = [`c.status = 'submitted'`, `c.created_by <> ${bind(reviewer.id)}`];
  if (policyConfigured) {
    conditions.push(
      reviewer.level === 'grassroots'
        ? `c.approvals = '[]'::jsonb`
        : `c.awaiting_level = ${bind(reviewer.level)}`,
    );
  }
  return conditions.join(' AND ');
}

/**
 * The approved cases (alias `c`) finance may pay now: out of notice (`inNotice` said in SQL)
 * and with money still to pay — an approved case of ¥0 (legal aid without cash) never is.
 * The `payable=true` list and the inbox's `toPay` count both use this.
 */
export function toPayCondition(today: string, bind: (value: unknown) => string): string {
  return `c.status = 'approved' AND c.approved_amount > c.disbursed_amount
    AND (c.notice_ends_on IS NULL OR c.notice_ends_on < ${bind(today)}::date)`;
}
