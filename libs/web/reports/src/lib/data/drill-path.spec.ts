import type { UnitView } from '@worker-aid/shared/domain';
import { childrenOf, drillPath } from './drill-path';

const units: UnitView[] = [
  { id: 'c', code: 'CZ', name: '市困难职工帮扶中心', level: 'center', parentId: null },
  { id: 'i1', code: 'JS', name: '市建设工会', level: 'industry', parentId: 'c' },
  { id: 'i2', code: 'JY', name: '市教育工会', level: 'industry', parentId: 'c' },
  { id: 'g1', code: 'JS-1', name: '农民工服务站', level: 'grassroots', parentId: 'i1' },
];
const byId = (id: string) => units.find((unit) => unit.id === id);

describe('drill-down path', () => {
  it('runs from the top of the scope down to the unit', () => {
    expect(drillPath('g1', 'c', byId).map((unit) => unit.id)).toEqual(['c', 'i1', 'g1']);
    expect(drillPath('c', 'c', byId).map((unit) => unit.id)).toEqual(['c']);
  });

  it('starts at the user own unit, not above it', () => {
    expect(drillPath('g1', 'i1', byId).map((unit) => unit.id)).toEqual(['i1', 'g1']);
  });

  it('gives what it knows for an unknown unit, and survives a cycle', () => {
    expect(drillPath('nope', 'c', byId)).toEqual([]);
    const cyclic: UnitView[] = [
      { id: 'a', code: 'A', name: 'A', level: 'industry', parentId: 'b' },
      { id: 'b', code: 'B', name: 'B', level: 'industry', parentId: 'a' },
    ];
    expect(drillPath('a', 'c', (id) => cyclic.find((unit) => unit.id === id))).toHaveLength(2);
  });

  it('lists the units directly below', () => {
    expect(childrenOf('c', units).map((unit) => unit.id)).toEqual(['i1', 'i2']);
    expect(childrenOf('g1', units)).toEqual([]);
  });
});
