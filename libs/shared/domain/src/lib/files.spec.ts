import { dayYearsAfter } from './calendar-days';
import { canTransitionFile, FILE_TRANSITIONS, followUpDueDates, formatFileNumber } from './files';
import { mayApprove, mayApproveCase } from './payment-rules';

describe('hardship files', () => {
  it('numbers files DA-year-sequence', () => {
    expect(formatFileNumber(2026, 123)).toBe('DA-2026-000123');
  });

  it('follows the life of API.md', () => {
    expect(canTransitionFile('submit', 'draft')).toBe(true);
    expect(canTransitionFile('submit', 'returned')).toBe(true);
    expect(canTransitionFile('submit', 'submitted')).toBe(false);
    expect(canTransitionFile('withdraw', 'submitted')).toBe(true);
    expect(canTransitionFile('withdraw', 'active')).toBe(false);
    expect(canTransitionFile('approve', 'submitted')).toBe(true);
    expect(canTransitionFile('approve', 'draft')).toBe(false);
    expect(FILE_TRANSITIONS.approve.to).toBe('active');
    expect(FILE_TRANSITIONS.return.to).toBe('returned');
    expect(FILE_TRANSITIONS.reject.to).toBe('rejected');
  });

  it('keeps one four-eyes rule for cases and files', () => {
    expect(mayApprove({ createdBy: 'u1' }, 'u1')).toBe(false);
    expect(mayApprove({ createdBy: 'u1' }, 'u2')).toBe(true);
    expect(mayApproveCase).toBe(mayApprove);
  });

  it('puts the review a year after approval, clamped on 29 February', () => {
    expect(dayYearsAfter('2026-11-29', 1)).toBe('2027-11-29');
    expect(dayYearsAfter('2028-02-29', 1)).toBe('2029-02-28');
  });

  it('puts follow-ups 3, 6 and 12 months after an exit, clamped to the month end', () => {
    expect(followUpDueDates('2026-11-30', 'reemployed')).toEqual(['2027-02-28', '2027-05-30', '2027-11-30']);
    expect(followUpDueDates('2027-11-30', 'income_above_line')).toEqual([
      '2028-02-29',
      '2028-05-30',
      '2028-11-30',
    ]);
  });

  it('calls for no follow-up after a death', () => {
    expect(followUpDueDates('2026-11-30', 'deceased')).toEqual([]);
  });
});
