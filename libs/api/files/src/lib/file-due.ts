import { FOLLOW_UP_DUE_WITHIN_DAYS, REVIEW_DUE_WITHIN_DAYS } from '@worker-aid/shared/domain';

/**
 * What is due, said once for the lists (`GET /api/files?reviewDue=true`,
 * `GET /api/follow-ups?due=true`) and the inbox. SQL on the aliases `f` (hardship_file) and `v`
 * (file_follow_up); `today` is the placeholder of the center's today.
 */

/** An active file whose annual review falls within REVIEW_DUE_WITHIN_DAYS or is past. */
export function reviewDueCondition(today: string): string {
  return `f.status = 'active' AND f.review_due_on <= ${today}::date + ${REVIEW_DUE_WITHIN_DAYS}`;
}

/** A follow-up visit not yet done, of a file that was closed. */
export const OPEN_FOLLOW_UP_CONDITION = `v.done_on IS NULL AND f.status = 'closed'`;

/** An open follow-up visit due within FOLLOW_UP_DUE_WITHIN_DAYS or past. */
export function followUpDueCondition(today: string): string {
  return `v.due_on <= ${today}::date + ${FOLLOW_UP_DUE_WITHIN_DAYS}`;
}
