import { effect, inject, Injectable } from '@angular/core';
import type { MatDateFormats } from '@angular/material/core';
import { DateFnsAdapter } from '@angular/material-date-fns-adapter';
import { LanguageService } from '../i18n/language.service';
import { DATE_FORMATS, DATE_LOCALES } from './date-formats';

/** Years before this are typing in progress (`202` on the way to `2026`), not dates. */
const FIRST_YEAR = 1900;

/**
 * Material's date-fns adapter in the interface language: when the user switches language, the
 * calendar's names and every date field's text follow (zh-CN `2026-01-01`, en `1/1/2026`), and
 * typed dates are read in the new language's ways.
 */
@Injectable()
export class LocalizedDateAdapter extends DateFnsAdapter {
  constructor() {
    super();
    const language = inject(LanguageService);
    this.setLocale(DATE_LOCALES[language.active()]);
    effect(() => {
      const locale = DATE_LOCALES[language.active()];
      if (this.locale !== locale) this.setLocale(locale);
    });
  }

  /** The calendar's days as plain numbers (Intl would write `1日` in Chinese). */
  override getDateNames(): string[] {
    return Array.from({ length: 31 }, (_, i) => String(i + 1));
  }

  override parse(value: unknown, parseFormat: string | string[]): Date | null {
    const date = super.parse(value, parseFormat);
    return date && this.isValid(date) && date.getFullYear() < FIRST_YEAR ? this.invalid() : date;
  }
}

/** `MAT_DATE_FORMATS` of the interface language, read afresh each time a field formats or parses. */
@Injectable()
export class LocalizedDateFormats implements MatDateFormats {
  private readonly language = inject(LanguageService);

  get parse(): MatDateFormats['parse'] {
    return DATE_FORMATS[this.language.active()].parse;
  }

  get display(): MatDateFormats['display'] {
    return DATE_FORMATS[this.language.active()].display;
  }
}
