import { Pipe, PipeTransform } from '@angular/core';

const FORMATS = {
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
  dateTime: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
  dateTimeSeconds: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateTimeStyle = keyof typeof FORMATS;

/**
 * An ISO timestamp in the user's time zone, formatted for the interface language:
 * `{{ user.createdAt | waDateTime: lang() }}`. Pass the language so a switch re-renders.
 */
@Pipe({ name: 'waDateTime' })
export class DateTimePipe implements PipeTransform {
  transform(
    value: string | Date | null | undefined,
    locale: string,
    style: DateTimeStyle = 'dateTime',
  ): string {
    if (value === null || value === undefined || value === '') return '';
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return String(value);
    return new Intl.DateTimeFormat(locale, { ...FORMATS[style], hour12: false }).format(date);
  }
}
