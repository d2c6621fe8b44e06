import { daysBetween, sinceText } from './inbox-since';

describe('sinceText', () => {
  const today = '2026-11-30';

  it('counts calendar days across months and years', () => {
    expect(daysBetween('2026-11-30', '2026-12-02')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });

  it('reads a due day as due today, in some days, or overdue', () => {
    expect(sinceText('2026-11-30', today)).toEqual({
      key: 'inbox.since.dueToday',
      params: { days: 0, date: '2026-11-30' },
    });
    expect(sinceText('2026-12-02', today)).toEqual({
      key: 'inbox.since.dueIn',
      params: { days: 2, date: '2026-12-02' },
    });
    expect(sinceText('2026-12-01', today).key).toBe('inbox.since.dueTomorrow');
    expect(sinceText('2026-11-29', today)).toEqual({
      key: 'inbox.since.overdueOneDay',
      params: { days: 1, date: '2026-11-29' },
    });
    expect(sinceText('2026-11-20', today)).toEqual({
      key: 'inbox.since.overdue',
      params: { days: 10, date: '2026-11-20' },
    });
  });

  it('reads a moment on the center calendar: today, yesterday, days ago', () => {
    // 23:30 UTC on the 29th is already the 30th in China.
    expect(sinceText('2026-11-29T23:30:00Z', today).key).toBe('inbox.since.today');
    expect(sinceText('2026-11-29T08:00:00Z', today)).toEqual({
      key: 'inbox.since.yesterday',
      params: { days: 1, date: '2026-11-29' },
    });
    expect(sinceText('2026-11-02T08:00:00Z', today)).toEqual({
      key: 'inbox.since.daysAgo',
      params: { days: 28, date: '2026-11-02' },
    });
    expect(sinceText('soon', today).key).toBe('inbox.since.plain');
  });
});
