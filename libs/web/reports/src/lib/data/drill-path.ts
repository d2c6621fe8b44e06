import type { UnitView } from '@worker-aid/shared/domain';

/**
 * The breadcrumb of a drill-down: the units from the top of the user's scope (`rootId`) down to
 * `unitId`, root first. A unit the directory does not know (yet) gives just the known part; a
 * parent cycle cannot hang it.
 */
export function drillPath(
  unitId: string,
  rootId: string,
  unit: (id: string) => UnitView | undefined,
): UnitView[] {
  const path: UnitView[] = [];
  const seen = new Set<string>();
  let current = unit(unitId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current);
    if (current.id === rootId || !current.parentId) break;
    current = unit(current.parentId);
  }
  return path;
}

/** The units directly below `unitId`, in the directory's order. */
export function childrenOf(unitId: string, units: readonly UnitView[]): UnitView[] {
  return units.filter((unit) => unit.parentId === unitId);
}
