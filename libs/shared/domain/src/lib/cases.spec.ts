import { actionsFrom, canTransition, formatCaseNumber, isSchoolYear } from './cases';

describe('aid cases', () => {
  it('numbers cases by type and year', () => {
    expect(formatCaseNumber('medical', 2026, 123)).toBe('MED-2026-000123');
    expect(formatCaseNumber('legal', 2017, 1)).toBe('LEG-2017-000001');
  });

  it('follows the life of a case', () => {
    expect(actionsFrom('draft')).toEqual(['submit', 'withdraw']);
    expect(actionsFrom('submitted')).toEqual(['approve', 'reject', 'return', 'withdraw']);
    expect(actionsFrom('returned')).toEqual(['submit', 'withdraw']);
    expect(actionsFrom('approved')).toEqual(['close']);
    expect(actionsFrom('disbursed')).toEqual(['close']);
    for (const end of ['closed', 'rejected', 'withdrawn'] as const) expect(actionsFrom(end)).toEqual([]);
    expect(canTransition('approve', 'draft')).toBe(false);
  });

  it('knows a school year', () => {
    expect(isSchoolYear('2026-2027')).toBe(true);
    expect(isSchoolYear('2026-2028')).toBe(false);
    expect(isSchoolYear('2026/2027')).toBe(false);
  });
});
