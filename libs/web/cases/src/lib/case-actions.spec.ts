import { can, type ApprovalStep, type CaseStatus, type Role } from '@worker-aid/shared/domain';
import { availableActions } from './case-actions';

const as = (role: Role) => (permission: Parameters<typeof can>[1]) => can(role, permission);

describe('availableActions', () => {
  it.each<[Role, CaseStatus, string[]]>([
    ['caseworker', 'draft', ['submit', 'withdraw']],
    ['caseworker', 'submitted', ['withdraw']],
    ['caseworker', 'returned', ['submit', 'withdraw']],
    ['caseworker', 'approved', ['close']],
    ['caseworker', 'rejected', []],
    ['reviewer', 'submitted', ['approve', 'reject', 'return', 'withdraw']],
    ['reviewer', 'disbursed', ['close']],
    ['manager', 'submitted', ['approve', 'reject', 'return']],
    ['manager', 'draft', []],
    ['finance', 'submitted', []],
    ['auditor', 'approved', []],
    ['admin', 'closed', []],
    ['admin', 'withdrawn', []],
  ])('%s on a %s case: %j', (role, status, expected) => {
    expect(
      availableActions({ status, createdBy: 'someone-else', requestedAmount: 500000 }, 'me', as(role)),
    ).toEqual(expected);
  });

  it('never offers approval to the user who created the case', () => {
    expect(
      availableActions(
        { status: 'submitted', createdBy: 'me', requestedAmount: 500000 },
        'me',
        as('reviewer'),
      ),
    ).toEqual(['reject', 'return', 'withdraw']);
  });

  describe('with approval steps', () => {
    const industryStep: ApprovalStep = {
      level: 'industry',
      unitId: 'i',
      unitName: '市教育工会',
      userId: 'u-r2',
      userName: '陈审核',
      amount: 450000,
      comment: null,
      at: '2026-11-22T02:00:00Z',
    };
    const afterIndustry = {
      status: 'submitted' as const,
      createdBy: 'u-cw',
      requestedAmount: 500000,
      approvals: [industryStep],
    };
    const approves = (userId: string, level: Parameters<typeof availableActions>[3]) =>
      availableActions(afterIndustry, userId, as('reviewer'), level).includes('approve');

    it('offers the next step only to a level above the last one', () => {
      expect(approves('me', 'center')).toBe(true);
      expect(approves('me', 'industry')).toBe(false);
      expect(approves('me', 'grassroots')).toBe(false);
    });

    it('never offers a second step to the user who made one, whatever their level', () => {
      expect(approves('u-r2', 'center')).toBe(false);
      expect(approves('u-r2', null)).toBe(false);
    });

    it('leaves the level to the API until the user’s level is known', () => {
      expect(approves('me', null)).toBe(true);
    });

    it('lets any level make the first step', () => {
      const fresh = { ...afterIndustry, approvals: [] };
      expect(availableActions(fresh, 'me', as('reviewer'), 'grassroots')).toContain('approve');
    });
  });
});
