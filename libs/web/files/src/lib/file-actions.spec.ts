import { can, type FileView, type Role } from '@worker-aid/shared/domain';
import { availableFileActions } from './file-actions';
import { daysBetween, reviewDueState } from './file-dates';

function file(status: FileView['status'], overrides: Partial<FileView> = {}): FileView {
  return { status, createdBy: 'u-cw', followUps: [], ...overrides } as FileView;
}

const as = (role: Role) => (permission: Parameters<typeof can>[1]) => can(role, permission);

describe('availableFileActions', () => {
  it('offers a caseworker edit, submit and withdraw on a draft, and nothing to decide', () => {
    expect(availableFileActions(file('draft'), 'u-cw', as('caseworker'))).toEqual([
      'edit',
      'submit',
      'withdraw',
    ]);
    expect(availableFileActions(file('submitted'), 'u-cw', as('caseworker'))).toEqual(['withdraw']);
  });

  it('offers a reviewer approval, return and rejection of a submitted file, but never of their own', () => {
    expect(availableFileActions(file('submitted'), 'u-r', as('reviewer'))).toEqual([
      'approve',
      'reject',
      'return',
      'withdraw',
    ]);
    expect(availableFileActions(file('submitted', { createdBy: 'u-r' }), 'u-r', as('reviewer'))).toEqual([
      'reject',
      'return',
      'withdraw',
    ]);
    expect(availableFileActions(file('submitted'), 'u-m', as('manager'))).toEqual([
      'approve',
      'reject',
      'return',
    ]);
  });

  it('offers the annual review and the exit on an active file to those who write records', () => {
    expect(availableFileActions(file('active'), 'u-cw', as('caseworker'))).toEqual(['review', 'exit']);
    expect(availableFileActions(file('active'), 'u-m', as('manager'))).toEqual([]);
    expect(availableFileActions(file('active'), 'u-a', as('auditor'))).toEqual([]);
  });

  it('offers a follow-up visit on a closed file only while one is open', () => {
    const open = { dueOn: '2027-03-01', doneOn: null, relapsed: null, note: null, reopenedFileId: null };
    const done = { ...open, doneOn: '2027-02-20', relapsed: false };
    expect(
      availableFileActions(file('closed', { followUps: [done, open] }), 'u-cw', as('caseworker')),
    ).toEqual(['followUp']);
    expect(availableFileActions(file('closed', { followUps: [done] }), 'u-cw', as('caseworker'))).toEqual([]);
    expect(availableFileActions(file('closed', { followUps: [open] }), 'u-f', as('finance'))).toEqual([]);
  });

  it('offers nothing on a file that is over', () => {
    for (const status of ['rejected', 'withdrawn'] as const)
      expect(availableFileActions(file(status), 'u-admin', as('admin'))).toEqual([]);
  });
});

describe('reviewDueState', () => {
  it('counts days across months and years', () => {
    expect(daysBetween('2026-12-31', '2027-01-30')).toBe(30);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
  });

  it('is overdue after the day, due within 30 days, and nothing before that', () => {
    expect(reviewDueState('2026-11-30', '2026-12-01')).toBe('overdue');
    expect(reviewDueState('2026-12-01', '2026-12-01')).toBe('due');
    expect(reviewDueState('2026-12-31', '2026-12-01')).toBe('due');
    expect(reviewDueState('2027-01-01', '2026-12-01')).toBeNull();
    expect(reviewDueState(null, '2026-12-01')).toBeNull();
  });
});
