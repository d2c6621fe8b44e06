import { Role } from './roles';

/**
 * What a role may do, always within the caller's unit subtree (API.md "Who may do what").
 * The API guard enforces this matrix on every endpoint; the web app reads it to show or hide actions.
 */
export const PERMISSIONS = [
  'records:read',
  'records:write',
  'identity:reveal',
  'cases:decide',
  'cases:close',
  'campaigns:manage',
  'funds:create',
  'money:write',
  'reports:read',
  'audit:read',
  'admin:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS,
  manager: ['records:read', 'cases:decide', 'cases:close', 'campaigns:manage', 'reports:read'],
  reviewer: ['records:read', 'records:write', 'identity:reveal', 'cases:decide', 'cases:close'],
  finance: ['records:read', 'money:write', 'reports:read'],
  caseworker: ['records:read', 'records:write', 'identity:reveal', 'cases:close'],
  auditor: ['records:read', 'reports:read', 'audit:read'],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
