import type { Provider } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { zhCN } from 'date-fns/locale/zh-CN';
import { LocalizedDateAdapter, LocalizedDateFormats } from './localized-date-adapter';
import { TranslatedDatepickerIntl } from './translated-datepicker-intl';

/**
 * Material's datepicker on date-fns, in the interface language (zh-CN `2026-01-01`, en
 * `1/1/2026`), with translated labels. Fields hold `Date`s; `toIsoDate` turns them into the
 * API's `YYYY-MM-DD`.
 */
export function provideDates(): Provider[] {
  return [
    { provide: MAT_DATE_LOCALE, useValue: zhCN },
    { provide: DateAdapter, useClass: LocalizedDateAdapter },
    { provide: MAT_DATE_FORMATS, useClass: LocalizedDateFormats },
    { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
  ];
}
