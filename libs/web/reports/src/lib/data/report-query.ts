import { isCalendarDay } from '@worker-aid/shared/domain';
import type { ReportQuery } from '@worker-aid/web/data-access';

/** What the dashboard shows: a period (inclusive `YYYY-MM-DD` dates) and a unit with its subtree. */
export type { ReportQuery };

/** The quick choices of period next to the date fields. */
export const DATE_PRESETS = ['thisYear', 'lastYear', 'lastFiveYears'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

/** A real calendar date written `YYYY-MM-DD`. */
export const isIsoDate = isCalendarDay;

/** The period of a preset, counted in calendar years of `today` (the center's date). */
export function presetRange(preset: DatePreset, today: string): Pick<ReportQuery, 'from' | 'to'> {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'lastFiveYears':
      return { from: `${year - 4}-01-01`, to: `${year}-12-31` };
  }
}

/** The preset whose period is exactly the query's, if any (to highlight it). */
export function matchingPreset(query: Pick<ReportQuery, 'from' | 'to'>, today: string): DatePreset | null {
  return (
    DATE_PRESETS.find((preset) => {
      const range = presetRange(preset, today);
      return range.from === query.from && range.to === query.to;
    }) ?? null
  );
}

/**
 * The query of the page's URL parameters; a missing or malformed date falls back to this year on
 * the center's clock, a missing unit to the user's own, and a reversed period is put right.
 */
export function queryFromParams(
  params: { from?: string | null; to?: string | null; unitId?: string | null },
  today: string,
  ownUnitId: string,
): ReportQuery {
  const year = presetRange('thisYear', today);
  let from = isIsoDate(params.from) ? params.from : year.from;
  let to = isIsoDate(params.to) ? params.to : year.to;
  if (from > to) [from, to] = [to, from];
  return { from, to, unitId: params.unitId || ownUnitId };
}

/** The URL parameters of a query (what `queryFromParams` reads back). */
export function queryParams(query: ReportQuery): Record<string, string | null> {
  return { from: query.from, to: query.to, unitId: query.unitId || null };
}

/** Every month (`YYYY-MM`) the period touches, in order — the trend's x axis, gaps included. */
export function monthsBetween(from: string, to: string): string[] {
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) return [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  const months: string[] = [];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
