import { encodeCursor } from '@worker-aid/api/core';
import type { CaseQueryDto } from './case.dto';
import { caseListStatement } from './case-list.query';

const CENTER = '/c0000000-0000-4000-8000-000000000000/';
const GRASSROOTS = `${CENTER}i0000000-0000-4000-8000-000000000000/g0000000-0000-4000-8000-000000000000/`;

const query = (fields: Partial<CaseQueryDto>): CaseQueryDto => ({ limit: 50, ...fields }) as CaseQueryDto;

describe('caseListStatement', () => {
  it('numbers each value once, in the order the conditions use them, and asks for one row more than the page', () => {
    const { sql, parameters } = caseListStatement(
      { unitPath: CENTER },
      query({ type: 'medical', status: 'submitted', q: '50%_off', cursor: encodeCursor(['42']), limit: 20 }),
      null,
    );
    expect(parameters).toEqual([`${CENTER}%`, 'medical', 'submitted', '%50\\%\\_off%', '42', 21]);
    expect(sql).toContain('.path LIKE $1');
    expect(sql).toContain('c.type = $2');
    expect(sql).toContain('c.status = $3');
    expect(sql.match(/ILIKE \$4/g)).toHaveLength(3);
    expect(sql).toContain('c.list_seq < $5');
    expect(sql).toMatch(/ORDER BY c\.list_seq DESC\s+LIMIT \$6$/);
  });

  it("compares a grassroots unit's id directly, for the caller's scope and for a unit filter", () => {
    const { sql, parameters } = caseListStatement({ unitPath: CENTER }, query({}), { unitPath: GRASSROOTS });
    expect(sql).toContain('c.unit_id = $2');
    expect(parameters).toEqual([`${CENTER}%`, 'g0000000-0000-4000-8000-000000000000', 51]);
  });
});
