import { UNIT_LEVELS, type UnitLevel, type UnitView } from '@worker-aid/shared/domain';

/** A unit for a select: in tree order, with its depth for indentation. */
export interface UnitOption {
  unit: UnitView;
  depth: number;
}

/** The icon of a unit's tier. */
export const UNIT_LEVEL_ICONS: Readonly<Record<UnitLevel, string>> = {
  center: 'account_balance',
  industry: 'apartment',
  grassroots: 'storefront',
};

/**
 * The units in reading order (parent before its children; siblings by level, then code), for an
 * indented select. A unit whose parent is not in the list is a root; a parent cycle cannot hang it.
 */
export function unitOptions(units: readonly UnitView[]): UnitOption[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, UnitView[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const order = (a: UnitView, b: UnitView) =>
    UNIT_LEVELS.indexOf(a.level) - UNIT_LEVELS.indexOf(b.level) || a.code.localeCompare(b.code, 'en');
  const result: UnitOption[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number): void => {
    for (const unit of [...(children.get(parent) ?? [])].sort(order)) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      result.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  // Units caught in a parent cycle have no root: list them at the end rather than lose them.
  for (const unit of units) if (!seen.has(unit.id)) result.push({ unit, depth: 0 });
  return result;
}
