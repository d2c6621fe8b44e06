import { encodeCursor } from '@worker-aid/api/core';
import { WORKER_NAMES } from '@worker-aid/api/workers';
import type { CaseQueryDto } from './case.dto';
import { caseListStatement } from './case-list.query';

const CENTER = '/c0000000-0000-4000-8000-000000000000/';

/** The access funnel's scope, reduced to the placeholder it binds: its SQL is the units feature's. */
const scope = (rootPath: string) => ({
  condition: (unitColumn: string, bind: (value: string) => string) =>
    `${unitColumn} IN (subtree ${bind(`${rootPath}%`)})`,
});

const query = (fields: Partial<CaseQueryDto>): CaseQueryDto => ({ limit: 50, ...fields }) as CaseQueryDto;

describe('caseListStatement', () => {
  it('numbers each value once, in the order the conditions use them, and asks for one row more than the page', () => {
    const { sql, parameters } = caseListStatement(
      scope(CENTER),
      query({ type: 'medical', status: 'submitted', q: '50%_off', cursor: encodeCursor(['42']), limit: 20 }),
    );
    expect(parameters).toEqual([`${CENTER}%`, 'medical', 'submitted', '%50\\%\\_off%', '42', 21]);
    expect(sql).toContain('c.unit_id IN (subtree $1)');
    expect(sql).toContain('c.type = $2');
    expect(sql).toContain('c.status = $3');
    expect(sql.match(/ILIKE \$4/g)).toHaveLength(3);
    expect(sql).toContain('c.list_seq < $5');
    expect(sql).toMatch(/ORDER BY c\.list_seq DESC\s+LIMIT \$6$/);
  });

  it('stays one statement, joining the worker names the workers feature publishes', () => {
    const { sql } = caseListStatement(scope(CENTER), query({ q: '张' }));
    expect(sql).toContain(`FROM aid_case c JOIN ${WORKER_NAMES} w ON w.worker_id = c.worker_id`);
    expect(sql).toContain('w.worker_name ILIKE $2');
  });
});
