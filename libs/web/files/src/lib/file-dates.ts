import { REVIEW_DUE_WITHIN_DAYS } from '@worker-aid/shared/domain';

/** Days from one `YYYY-MM-DD` to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) =>
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** How pressing an annual review is: past its day, or within the 30 days the due list shows. */
export type ReviewDueState = 'overdue' | 'due' | null;

export function reviewDueState(reviewDueOn: string | null, today: string): ReviewDueState {
  if (!reviewDueOn) return null;
  const days = daysBetween(today, reviewDueOn);
  if (days < 0) return 'overdue';
  return days <= REVIEW_DUE_WITHIN_DAYS ? 'due' : null;
}
