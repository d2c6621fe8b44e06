import {
  firstOfMonth,
  firstOfMonthAfter,
  isCalendarDay,
  isFirstOfMonth,
  isLastOfMonth,
  lastOfMonth,
  wholeYearsBetween,
} from './calendar-days';

describe('calendar days', () => {
  it('finds the first and last day of a month, leap years included', () => {
    expect(firstOfMonth('2017-05-23')).toBe('2017-05-01');
    expect(lastOfMonth('2016-02-10')).toBe('2016-02-29');
    expect(lastOfMonth('2017-02-10')).toBe('2017-02-28');
    expect(lastOfMonth('2017-12-01')).toBe('2017-12-31');
  });

  it('moves by whole months across year ends', () => {
    expect(firstOfMonthAfter('2017-12-15', 1)).toBe('2018-01-01');
    expect(firstOfMonthAfter('2017-01-31', -1)).toBe('2016-12-01');
    expect(firstOfMonthAfter('2017-03-31', 0)).toBe('2017-03-01');
  });

  it('tells the ends of a month', () => {
    expect(isFirstOfMonth('2017-03-01')).toBe(true);
    expect(isFirstOfMonth('2017-03-02')).toBe(false);
    expect(isLastOfMonth('2016-02-29')).toBe(true);
    expect(isLastOfMonth('2017-02-28')).toBe(true);
    expect(isLastOfMonth('2016-02-28')).toBe(false);
  });

  it('knows a real day from a made-up one', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-1-1')).toBe(false);
    expect(isCalendarDay(null)).toBe(false);
  });

  it('counts whole years, a birthday counting from its day', () => {
    expect(wholeYearsBetween('1975-03-02', '2026-03-01')).toBe(50);
    expect(wholeYearsBetween('1975-03-02', '2026-03-02')).toBe(51);
    expect(wholeYearsBetween('2000-02-29', '2026-02-28')).toBe(25);
  });
});
