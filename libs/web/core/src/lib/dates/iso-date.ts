import { format, isValid, parse } from 'date-fns';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A picked day as the API writes it, `YYYY-MM-DD`, from the day the user sees (local calendar
 * fields; never `toISOString()`, which would shift the day east of Greenwich). Empty for no or an
 * invalid date.
 */
export function toIsoDate(date: Date | null | undefined): string {
  return date && isValid(date) ? format(date, 'yyyy-MM-dd') : '';
}

/** The day of a `YYYY-MM-DD` string at local midnight, for a datepicker; null unless a real date. */
export function fromIsoDate(text: string | null | undefined): Date | null {
  if (!text || !ISO_DATE.test(text)) return null;
  const date = parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) ? date : null;
}
