import { UNIT_LEVELS, type UnitLevel, type UnitView } from '@worker-aid/shared/domain';

/** A unit with the units directly below it. */
export interface UnitNode {
  unit: UnitView;
  /** 0 for a root of the visible tree. */
  depth: number;
  children: UnitNode[];
}

/**
 * Builds the tree of the flat `GET /api/units` list. A unit whose parent is not in the list
 * (the caller's own unit, below the center) is a root. Siblings are ordered by level, then code.
 * A parent cycle in bad data cannot hang the page: the unit where it closes becomes a root.
 */
export function buildUnitTree(units: readonly UnitView[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const unit of units) nodes.set(unit.id, { unit, depth: 0, children: [] });

  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent && !closesCycle(node, nodes)) parent.children.push(node);
    else roots.push(node);
  }

  const place = (list: UnitNode[], depth: number): void => {
    list.sort(compareUnits);
    for (const node of list) {
      node.depth = depth;
      place(node.children, depth + 1);
    }
  };
  place(roots, 0);
  return roots;
}

/** Whether following parents up from the node comes back to it. */
function closesCycle(node: UnitNode, nodes: Map<string, UnitNode>): boolean {
  const seen = new Set<string>([node.unit.id]);
  let parentId = node.unit.parentId;
  while (parentId) {
    if (seen.has(parentId)) return parentId === node.unit.id;
    seen.add(parentId);
    parentId = nodes.get(parentId)?.unit.parentId ?? null;
  }
  return false;
}

function compareUnits(a: UnitNode, b: UnitNode): number {
  return (
    UNIT_LEVELS.indexOf(a.unit.level) - UNIT_LEVELS.indexOf(b.unit.level) ||
    a.unit.code.localeCompare(b.unit.code, 'en')
  );
}

/** The icon of a unit's tier. */
export function unitLevelIcon(level: UnitLevel): string {
  switch (level) {
    case 'center':
      return 'account_balance';
    case 'industry':
      return 'apartment';
    case 'grassroots':
      return 'storefront';
  }
}
