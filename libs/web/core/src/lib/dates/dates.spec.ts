import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DateAdapter, MAT_DATE_FORMATS, type MatDateFormats } from '@angular/material/core';
import { LanguageService } from '../i18n/language.service';
import type { LanguageCode } from '../i18n/languages';
import { fromIsoDate, toIsoDate } from './iso-date';
import { LocalizedDateAdapter, LocalizedDateFormats } from './localized-date-adapter';

describe('ISO dates', () => {
  it('writes the day the user sees as YYYY-MM-DD, whatever the time of day', () => {
    expect(toIsoDate(new Date(2026, 0, 1))).toBe('2026-01-01');
    expect(toIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(toIsoDate(null)).toBe('');
    expect(toIsoDate(new Date(NaN))).toBe('');
  });

  it('reads YYYY-MM-DD as that day at local midnight, and nothing else', () => {
    const date = fromIsoDate('2026-02-28');
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate(), date?.getHours()]).toEqual([
      2026, 1, 28, 0,
    ]);
    expect(fromIsoDate('2026-02-30')).toBeNull();
    expect(fromIsoDate('2026-2-3')).toBeNull();
    expect(fromIsoDate('')).toBeNull();
    expect(fromIsoDate(undefined)).toBeNull();
  });
});

describe('LocalizedDateAdapter', () => {
  function setUp(language: LanguageCode) {
    const active = signal<LanguageCode>(language);
    TestBed.configureTestingModule({
      providers: [
        { provide: LanguageService, useValue: { active } },
        { provide: DateAdapter, useClass: LocalizedDateAdapter },
        { provide: MAT_DATE_FORMATS, useClass: LocalizedDateFormats },
      ],
    });
    const adapter = TestBed.inject<DateAdapter<Date>>(DateAdapter);
    const formats = TestBed.inject<MatDateFormats>(MAT_DATE_FORMATS);
    const parse = (text: string) => toIsoDate(adapter.parse(text, formats.parse.dateInput));
    const show = (iso: string) => {
      const date = fromIsoDate(iso);
      if (!date) throw new Error(iso);
      return adapter.format(date, formats.display.dateInput);
    };
    return { active, adapter, formats, parse, show };
  }

  it('writes and reads dates the Chinese way in zh-CN, the week starting on Monday', () => {
    const { adapter, parse, show } = setUp('zh-CN');
    expect(show('2026-01-01')).toBe('2026-01-01');
    expect(parse('2026-01-01')).toBe('2026-01-01');
    expect(parse('2026/1/5')).toBe('2026-01-05');
    expect(parse('2026年3月8日')).toBe('2026-03-08');
    expect(parse('2026.12.31')).toBe('2026-12-31');
    expect(parse('2026/2/30')).toBe('');
    expect(adapter.getFirstDayOfWeek()).toBe(1);
    expect(adapter.getMonthNames('long')[0]).toBe('一月');
    expect(adapter.getDateNames().slice(0, 3)).toEqual(['1', '2', '3']);
  });

  it('writes and reads dates the American way in English, and follows a switch of language', async () => {
    const { active, adapter, parse, show } = setUp('en');
    expect(show('2026-01-01')).toBe('1/1/2026');
    expect(parse('1/5/2026')).toBe('2026-01-05');
    expect(parse('Mar 8, 2026')).toBe('2026-03-08');
    expect(adapter.getFirstDayOfWeek()).toBe(0);
    active.set('zh-CN');
    TestBed.tick();
    await Promise.resolve();
    expect(show('2026-01-05')).toBe('2026-01-05');
    expect(adapter.getFirstDayOfWeek()).toBe(1);
  });

  it('takes a year still being typed for no date', () => {
    const { parse } = setUp('zh-CN');
    expect(parse('202/1/1')).toBe('');
  });
});
