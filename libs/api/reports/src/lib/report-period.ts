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
  const first = from === undefined ? null : isFirstOfMonth(from) ? from : nextMonth(from);
  const last = to === undefined ? null : isLastOfMonth(to) ? firstOfMonth(to) : previousMonth(to);
  if (first !== null && last !== null && first > last) {
    // No whole month inside: the period is read from the ledger as it is.
    return { months: null, days: from !== undefined && to !== undefined ? [{ from, to }] : [] };
  }
  const days: ReportPeriod['days'] = [];
  if (from !== undefined && !isFirstOfMonth(from)) days.push({ from, to: lastOfMonth(from) });
  if (to !== undefined && !isLastOfMonth(to)) days.push({ from: firstOfMonth(to), to });
  return { months: { first, last }, days };
}

function parts(day: string): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

function lastOfMonth(day: string): string {
  const [year, month] = parts(day);
  return format(new Date(Date.UTC(year, month, 0)));
}

function nextMonth(day: string): string {
  const [year, month] = parts(day);
  return format(new Date(Date.UTC(year, month, 1)));
}

function previousMonth(day: string): string {
  const [year, month] = parts(day);
  return format(new Date(Date.UTC(year, month - 2, 1)));
}

function isFirstOfMonth(day: string): boolean {
  return day.endsWith('-01');
}

function isLastOfMonth(day: string): boolean {
  return lastOfMonth(day) === day;
}
