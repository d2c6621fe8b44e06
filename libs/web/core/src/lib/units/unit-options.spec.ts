import type { UnitView } from '@worker-aid/shared/domain';
import { unitOptions } from './unit-options';

const units: UnitView[] = [
  { id: 's', code: 'CZ-EDU-01', name: '滁州中学工会', level: 'grassroots', parentId: 'e' },
  { id: 'h', code: 'CZ-HEA', name: '市卫健委工会', level: 'industry', parentId: 'c' },
  { id: 'c', code: 'CZ', name: '帮扶中心', level: 'center', parentId: null },
  { id: 'e', code: 'CZ-EDU', name: '市教育局工会', level: 'industry', parentId: 'c' },
];

describe('unitOptions', () => {
  it('lists parents before children, siblings by code, with depths', () => {
    expect(unitOptions(units).map((o) => `${o.depth}:${o.unit.code}`)).toEqual([
      '0:CZ',
      '1:CZ-EDU',
      '2:CZ-EDU-01',
      '1:CZ-HEA',
    ]);
  });

  it('makes a unit whose parent is out of sight a root', () => {
    expect(unitOptions(units.filter((u) => u.id !== 'c')).map((o) => o.depth)).toEqual([0, 1, 0]);
  });
});
