import { type CalendarDay, todayInCenter } from '@worker-aid/shared/domain';

/** How an item's `since` reads: a translation key of `inbox.since` and its parameters. */
export interface SinceText {
  key: string;
  params: { days: number; date: string };
}

const DAY_MS = 86_400_000;
/** A due day rather than a moment (a pattern, not date-fns' parser: this runs in the start-up bundle). */
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Whole days from `from` to `to` (calendar days, so no clock or zone gets in the way). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * An item's `since` relative to today on the center's calendar: a due day (`YYYY-MM-DD`) is due
 * today, tomorrow, in N days or N days overdue; a moment (ISO timestamp) was today, yesterday or
 * N days ago. One key per case where English needs a different word for one.
 */
export function sinceText(since: string, today: CalendarDay = todayInCenter()): SinceText {
  if (DAY_ONLY.test(since)) {
    const days = daysBetween(today, since);
    const params = { days: Math.abs(days), date: since };
    if (days === 0) return { key: 'inbox.since.dueToday', params };
    if (days === 1) return { key: 'inbox.since.dueTomorrow', params };
    if (days === -1) return { key: 'inbox.since.overdueOneDay', params };
    return { key: days > 0 ? 'inbox.since.dueIn' : 'inbox.since.overdue', params };
  }
  const moment = new Date(since);
  if (Number.isNaN(moment.getTime())) return { key: 'inbox.since.plain', params: { days: 0, date: since } };
  const day = todayInCenter(moment);
  const days = Math.max(0, daysBetween(day, today));
  if (days === 0) return { key: 'inbox.since.today', params: { days, date: day } };
  if (days === 1) return { key: 'inbox.since.yesterday', params: { days, date: day } };
  return { key: 'inbox.since.daysAgo', params: { days, date: day } };
}
