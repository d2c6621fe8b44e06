import { PERMISSIONS, type Permission } from '@worker-aid/shared/domain';

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}
