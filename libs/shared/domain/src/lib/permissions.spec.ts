import { can, PERMISSIONS, ROLE_PERMISSIONS } from './permissions';
import { ROLES } from './roles';

describe('permission matrix (API.md "Who may do what")', () => {
  const expected: Record<string, string[]> = {
    'records:read': ['admin', 'manager', 'reviewer', 'finance', 'caseworker', 'auditor'],
    'records:write': ['admin', 'reviewer', 'caseworker'],
    'identity:reveal': ['admin', 'reviewer', 'caseworker'],
    'cases:decide': ['admin', 'manager', 'reviewer'],
    'cases:close': ['admin', 'manager', 'reviewer', 'caseworker'],
    'campaigns:manage': ['admin', 'manager'],
    'funds:create': ['admin'],
    'money:write': ['admin', 'finance'],
    'reports:read': ['admin', 'manager', 'finance', 'auditor'],
    'audit:read': ['admin', 'auditor'],
    'admin:manage': ['admin'],
  };

  it.each(PERMISSIONS.map((p) => [p]))('%s is granted exactly to the roles of the contract', (permission) => {
    expect(ROLES.filter((role) => can(role, permission))).toEqual(expected[permission]);
  });

  it('the auditor changes nothing', () => {
    expect(ROLE_PERMISSIONS.auditor.every((p) => p.endsWith(':read'))).toBe(true);
  });
});
