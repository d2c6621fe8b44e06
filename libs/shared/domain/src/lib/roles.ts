/** The six roles of DOMAIN.md, in the order the UI lists them. */
export const ROLES = ['admin', 'manager', 'reviewer', 'finance', 'caseworker', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
