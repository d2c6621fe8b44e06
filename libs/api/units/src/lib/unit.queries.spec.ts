import type { DataSource } from 'typeorm';
import { UnitQueries } from './unit.queries';

const CENTER = '/c0000000-0000-4000-8000-000000000000/';
const INDUSTRY = `${CENTER}i0000000-0000-4000-8000-000000000000/`;
const GRASSROOTS = `${INDUSTRY}g0000000-0000-4000-8000-000000000000/`;

describe('the subtree condition the access funnel uses', () => {
  const tree = new UnitQueries({} as DataSource);
  const statement = (rootPath: string) => {
    const parameters: string[] = [];
    const sql = tree.subtreeCondition(rootPath, 'c.unit_id', (value) => `$${parameters.push(value)}`);
    return { sql, parameters };
  };

  it("compares a grassroots unit's id directly: nothing lies below it", () => {
    expect(statement(GRASSROOTS)).toEqual({
      sql: 'c.unit_id = $1',
      parameters: ['g0000000-0000-4000-8000-000000000000'],
    });
  });

  it('finds the units of a subtree by their path prefix', () => {
    const { sql, parameters } = statement(INDUSTRY);
    expect(sql).toMatch(
      /^EXISTS \(SELECT 1 FROM unit (\w+) WHERE \1\.id = c\.unit_id AND \1\.path LIKE \$1\)$/,
    );
    expect(parameters).toEqual([`${INDUSTRY}%`]);
  });

  it("takes every record with a unit for the center's subtree: all units lie below it", () => {
    expect(statement(CENTER)).toEqual({ sql: 'c.unit_id IS NOT NULL', parameters: [] });
  });

  it('gives each condition its own alias, so one statement may hold two', () => {
    expect(statement(INDUSTRY).sql).not.toEqual(statement(INDUSTRY).sql);
  });
});
