import { toPayCondition } from './case-queues';
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

const REVIEWER = '0b0b0b0b-0000-4000-8000-000000000000';
const context = (level: 'center' | 'industry' | 'grassroots' = 'industry', policyConfigured = true) => ({
  reviewer: { id: REVIEWER, level },
  policyConfigured,
  today: '2026-11-30',
});

describe('caseListStatement', () => {
  it('numbers each value once, in the order the conditions use them, and asks for one row more than the page', () => {
    const { sql, parameters } = caseListStatement(
      scope(CENTER),
      query({ type: 'medical', status: 'submitted', q: '50%_off', cursor: encodeCursor(['42']), limit: 20 }),
      context(),
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
    const { sql } = caseListStatement(scope(CENTER), query({ q: '张' }), context());
    expect(sql).toContain(`FROM aid_case c JOIN ${WORKER_NAMES} w ON w.worker_id = c.worker_id`);
    expect(sql).toContain('w.worker_name ILIKE $2');
  });

  it('lists the review queue of the caller’s level, not their own cases', () => {
    const { sql, parameters } = caseListStatement(scope(CENTER), query({ review: 'true' }), context());
    expect(sql).toContain(`c.status = 'submitted' AND c.created_by <> $2 AND c.awaiting_level = $3`);
    expect(parameters.slice(0, 3)).toEqual([`${CENTER}%`, REVIEWER, 'industry']);
  });

  it('gives a grassroots reviewer the cases with no step yet, and anyone every submitted case without a policy', () => {
    expect(caseListStatement(scope(CENTER), query({ review: 'true' }), context('grassroots')).sql).toContain(
      `c.approvals = '[]'::jsonb`,
    );
    const { sql } = caseListStatement(scope(CENTER), query({ review: 'true' }), context('center', false));
    expect(sql).toContain(`c.status = 'submitted' AND c.created_by <> $2`);
    expect(sql).not.toContain('awaiting_level =');
  });

  it('lists as payable the approved cases whose notice is over or never was', () => {
    const { sql, parameters } = caseListStatement(scope(CENTER), query({ payable: 'true' }), context());
    expect(sql).toContain(toPayCondition('2026-11-30', () => '$2'));
    expect(sql).toContain('c.approved_amount > c.disbursed_amount');
    expect(parameters[1]).toBe('2026-11-30');
  });

  it('filters nothing for review=false or payable=false', () => {
    const { sql } = caseListStatement(scope(CENTER), query({ review: 'false', payable: 'false' }), context());
    expect(sql).not.toContain('created_by');
    expect(sql).not.toContain('notice_ends_on <');
  });
});
