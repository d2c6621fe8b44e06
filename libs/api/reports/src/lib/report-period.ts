import {
  firstOfMonth,
  firstOfMonthAfter,
  isFirstOfMonth,
  isLastOfMonth,
  lastOfMonth,
} from '@worker-aid/shared/domain';

/**
 * How a report's period is answered: whole months from the roll-up, and the days of a month
 * the period only partly covers from the ledger itself. Bounds are inclusive `YYYY-MM-DD`
 * days; a missing bound leaves that side open.
 */
export interface ReportPeriod {
  /** First days of the first and last whole month (inclusive); null when no month is whole. */
  months: { first: string | null; last: string | null } | null;
  /** Ranges of days outside the whole months, at most two. */
  days: { from: string; to: string }[];
}

export function splitPeriod(from?: string, to?: string): ReportPeriod {
  const first = from === undefined ? null : isFirstOfMonth(from) ? from : firstOfMonthAfter(from, 1);
  const last = to === undefined ? null : isLastOfMonth(to) ? firstOfMonth(to) : firstOfMonthAfter(to, -1);
  if (first !== null && last !== null && first > last) {
    // No whole month inside: the period is read from the ledger as it is.
    return { months: null, days: from !== undefined && to !== undefined ? [{ from, to }] : [] };
  }
  const days: ReportPeriod['days'] = [];
  if (from !== undefined && !isFirstOfMonth(from)) days.push({ from, to: lastOfMonth(from) });
  if (to !== undefined && !isLastOfMonth(to)) days.push({ from: firstOfMonth(to), to });
  return { months: { first, last }, days };
}
