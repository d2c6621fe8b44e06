import type { MatDateFormats } from '@angular/material/core';
import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { LanguageCode } from '../i18n/languages';

/** The date-fns locale of each interface language (only these two are bundled). */
export const DATE_LOCALES: Record<LanguageCode, Locale> = { 'zh-CN': zhCN, en: enUS };

/**
 * How dates are written and typed in each language (date-fns patterns). Chinese users write
 * `2026-01-01` (also accepted: `2026/1/1`, `2026.1.1`, `2026年1月1日`, `20260101`); English
 * `1/1/2026` (or `Jan 1, 2026`, or the ISO form).
 */
export const DATE_FORMATS: Record<LanguageCode, MatDateFormats> = {
  'zh-CN': {
    parse: {
      dateInput: ['yyyy-M-d', 'yyyy/M/d', 'yyyy.M.d', "yyyy'年'M'月'd'日'", 'yyyyMMdd'],
      timeInput: 'HH:mm',
    },
    display: {
      dateInput: 'yyyy-MM-dd',
      monthLabel: 'LLL',
      monthYearLabel: "yyyy'年'M'月'",
      dateA11yLabel: "yyyy'年'M'月'd'日' EEEE",
      monthYearA11yLabel: "yyyy'年'M'月'",
      timeInput: 'HH:mm',
      timeOptionLabel: 'HH:mm',
    },
  },
  en: {
    parse: {
      dateInput: ['M/d/yyyy', 'MMM d, yyyy', 'MMMM d, yyyy', 'yyyy-M-d'],
      timeInput: 'p',
    },
    display: {
      dateInput: 'M/d/yyyy',
      monthLabel: 'LLL',
      monthYearLabel: 'LLL yyyy',
      dateA11yLabel: 'EEEE, MMMM d, yyyy',
      monthYearA11yLabel: 'LLLL yyyy',
      timeInput: 'p',
      timeOptionLabel: 'p',
    },
  },
};

/** What a date field's hint shows: the pattern to type, in the user's words. */
export const DATE_INPUT_HINTS: Record<LanguageCode, string> = { 'zh-CN': 'YYYY-MM-DD', en: 'M/D/YYYY' };
