import type { UnitLevel, UnitView } from '@worker-aid/shared/domain';
import { buildUnitTree, UnitNode } from './unit-tree';

let nextId = 0;
function unit(code: string, level: UnitLevel, parent: UnitView | null, name = code): UnitView {
  return { id: `id-${++nextId}-${code}`, code, name, level, parentId: parent?.id ?? null };
}

/** `CODE(child, child)` — the shape of a tree, for readable expectations. */
function shape(nodes: UnitNode[]): string {
  return nodes
    .map((node) => (node.children.length ? `${node.unit.code}(${shape(node.children)})` : node.unit.code))
    .join(', ');
}

describe('buildUnitTree', () => {
  const center = unit('CZ', 'center', null, '滁州市困难职工帮扶中心');
  const health = unit('CZ-HEALTH', 'industry', center, '市卫生健康委工会');
  const edu = unit('CZ-EDU', 'industry', center, '市教育局工会');
  const school = unit('CZ-EDU-01', 'grassroots', edu, '滁州中学工会');
  const station = unit('CZ-EDU-00', 'grassroots', edu, '教育系统帮扶工作站');
  const hospital = unit('CZ-HEALTH-01', 'grassroots', health, '市第一人民医院工会');

  it('nests the flat list under its parents, ordering siblings by code', () => {
    const roots = buildUnitTree([school, hospital, edu, center, station, health]);
    expect(shape(roots)).toBe('CZ(CZ-EDU(CZ-EDU-00, CZ-EDU-01), CZ-HEALTH(CZ-HEALTH-01))');
  });

  it('records each node’s depth', () => {
    const [root] = buildUnitTree([center, edu, school]);
    expect(root.depth).toBe(0);
    expect(root.children[0].depth).toBe(1);
    expect(root.children[0].children[0].depth).toBe(2);
  });

  it('makes the caller’s own unit the root when its parent is not visible to them', () => {
    expect(shape(buildUnitTree([school, edu, station]))).toBe('CZ-EDU(CZ-EDU-00, CZ-EDU-01)');
    expect(shape(buildUnitTree([school]))).toBe('CZ-EDU-01');
  });

  it('gives an empty tree for an empty list', () => {
    expect(buildUnitTree([])).toEqual([]);
  });

  it('does not loop on a parent cycle in bad data', () => {
    const a: UnitView = { id: 'a', code: 'A', name: 'A', level: 'industry', parentId: 'b' };
    const b: UnitView = { id: 'b', code: 'B', name: 'B', level: 'industry', parentId: 'a' };
    const c: UnitView = { id: 'c', code: 'C', name: 'C', level: 'grassroots', parentId: 'a' };
    const roots = buildUnitTree([a, b, c]);
    const codes = (nodes: UnitNode[]): string[] =>
      nodes.flatMap((node) => [node.unit.code, ...codes(node.children)]);
    expect(codes(roots).sort()).toEqual(['A', 'B', 'C']);
  });
});
