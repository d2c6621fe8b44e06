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
