import { can, type CaseStatus, type Role } from '@worker-aid/shared/domain';
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
    expect(availableActions({ status, createdBy: 'someone-else' }, 'me', as(role))).toEqual(expected);
  });

  it('never offers approval to the user who created the case', () => {
    expect(availableActions({ status: 'submitted', createdBy: 'me' }, 'me', as('reviewer'))).toEqual([
      'reject',
      'return',
      'withdraw',
    ]);
  });
});
