import type { DataSource } from 'typeorm';
import { Access } from './access';
import { type Bind, UnitTree } from './unit-tree';

const PATHS = {
  center: '/center/',
  industry: '/center/industry/',
  grassroots: '/center/industry/grassroots/',
  sibling: '/center/sibling/',
} as const;

class FakeTree extends UnitTree {
  subtreeCondition(rootPath: string, unitColumn: string, bind: Bind): string {
    return `${unitColumn} IN subtree(${bind(rootPath)})`;
  }
  async pathOf(unitId: string): Promise<string | null> {
    return PATHS[unitId as keyof typeof PATHS] ?? null;
  }
}

describe('Access.list', () => {
  const access = new Access({} as DataSource, new FakeTree());
  const industryUser = { unitPath: PATHS.industry };
  const condition = async (unitId?: string) => {
    const parameters: string[] = [];
    const scope = await access.list(industryUser, unitId);
    return [scope.condition('c.unit_id', (value) => `$${parameters.push(value)}`), parameters];
  };

  it("is the caller's subtree without a unit filter", async () => {
    expect(await condition()).toEqual(['c.unit_id IN subtree($1)', [PATHS.industry]]);
  });

  it('is the filtered unit and everything below it when the unit lies in the scope', async () => {
    expect(await condition('grassroots')).toEqual(['c.unit_id IN subtree($1)', [PATHS.grassroots]]);
    expect(await condition('industry')).toEqual(['c.unit_id IN subtree($1)', [PATHS.industry]]);
  });

  it.each(['sibling', 'center', 'no-such-unit'])(
    'answers 404 for the unit %s, outside the scope',
    async (unitId) => {
      await expect(access.list(industryUser, unitId)).rejects.toMatchObject({
        code: 'unit.not_found',
        message: 'unit not found',
      });
    },
  );
});
