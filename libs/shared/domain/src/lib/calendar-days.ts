import {
  addDays,
  addMonths,
  addYears,
  differenceInYears,
  format,
  isFirstDayOfMonth,
  isLastDayOfMonth,
  isMatch,
  lastDayOfMonth,
  parseISO,
  startOfMonth,
} from 'date-fns';

/**
 * Calendar days written `YYYY-MM-DD` (ledger days, report periods), with date-fns doing the
 * arithmetic. A day has no time zone: it is read and written in the process's local time, so
 * the answer is the same whatever `TZ` says. (Which day it is *now* at the center is
 * `todayInCenter`.)
 */
export type CalendarDay = string;

function dateOf(day: CalendarDay): Date {
  return parseISO(day);
}

function dayOf(date: Date): CalendarDay {
  return format(date, 'yyyy-MM-dd');
}

/** `2017-05-23` → `2017-05-01` */
export function firstOfMonth(day: CalendarDay): CalendarDay {
  return dayOf(startOfMonth(dateOf(day)));
}

/** `2016-02-10` → `2016-02-29` */
export function lastOfMonth(day: CalendarDay): CalendarDay {
  return dayOf(lastDayOfMonth(dateOf(day)));
}

/** The first day of the month `months` after (or, negative, before) the day's: `2017-12-15`, 1 → `2018-01-01`. */
export function firstOfMonthAfter(day: CalendarDay, months: number): CalendarDay {
  return dayOf(addMonths(startOfMonth(dateOf(day)), months));
}

/** The day `days` later (or, negative, earlier). */
export function dayDaysAfter(day: CalendarDay, days: number): CalendarDay {
  return dayOf(addDays(dateOf(day), days));
}

/** The same day `months` later, clamped to the month's last day: `2026-11-30`, 3 → `2027-02-28`. */
export function dayMonthsAfter(day: CalendarDay, months: number): CalendarDay {
  return dayOf(addMonths(dateOf(day), months));
}

/** The same day `years` later, clamped: `2028-02-29`, 1 → `2029-02-28`. */
export function dayYearsAfter(day: CalendarDay, years: number): CalendarDay {
  return dayOf(addYears(dateOf(day), years));
}

export function isFirstOfMonth(day: CalendarDay): boolean {
  return isFirstDayOfMonth(dateOf(day));
}

export function isLastOfMonth(day: CalendarDay): boolean {
  return isLastDayOfMonth(dateOf(day));
}

/** A real calendar day written `YYYY-MM-DD` (no 2026-02-30). */
export function isCalendarDay(text: string | null | undefined): text is CalendarDay {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && isMatch(text, 'yyyy-MM-dd');
}

/** Whole years from one day to a later one: the age on `day` of someone born on `birthDay`. */
export function wholeYearsBetween(birthDay: CalendarDay, day: CalendarDay): number {
  return differenceInYears(dateOf(day), dateOf(birthDay));
}
