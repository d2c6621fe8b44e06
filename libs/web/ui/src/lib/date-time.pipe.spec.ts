import { DateTimePipe } from './date-time.pipe';

describe('DateTimePipe', () => {
  const pipe = new DateTimePipe();
  const at = '2026-03-05T14:07:09Z';

  it('formats for the interface language in the browser’s time zone (UTC in tests)', () => {
    expect(pipe.transform(at, 'zh-CN', 'date')).toBe('2026/03/05');
    expect(pipe.transform(at, 'en', 'dateTime')).toBe('03/05/2026, 14:07');
    expect(pipe.transform(at, 'zh-CN', 'dateTimeSeconds')).toBe('2026/03/05 14:07:09');
  });

  it('shows nothing for no value and the raw text for an unreadable one', () => {
    expect(pipe.transform(null, 'zh-CN')).toBe('');
    expect(pipe.transform('', 'en')).toBe('');
    expect(pipe.transform('not a date', 'en')).toBe('not a date');
  });
});
