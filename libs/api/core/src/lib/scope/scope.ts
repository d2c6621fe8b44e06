import { levelAtDepth, type UnitLevel } from '@worker-aid/shared/domain';
import type { Principal } from '../auth/principal';

/**
 * Unit-subtree scope: every unit stores its materialised path
 * (`/<center id>/<industry id>/<grassroots id>/`); a record is in a user's scope when its
 * unit's path starts with the path of the user's unit. These are the pure rules on paths; the
 * database side of the same rule is `Access` (`access.ts`), the one funnel every feature uses.
 */
export function unitPathOf(parentPath: string | null, unitId: string): string {
  return `${parentPath ?? '/'}${unitId}/`;
}

/** The ids of the units on a path, from the center down to the unit itself. */
export function unitIdsOnPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export function isRootPath(path: string): boolean {
  return unitIdsOnPath(path).length === 1;
}

export function pathInScope(principal: Pick<Principal, 'unitPath'>, unitPath: string): boolean {
  return unitPath.startsWith(principal.unitPath);
}

/** The level of the user's unit (center, industry, grassroots): its depth in the tree. */
export function unitLevelOf(principal: Pick<Principal, 'unitPath'>): UnitLevel {
  return levelAtDepth(unitIdsOnPath(principal.unitPath).length);
}
