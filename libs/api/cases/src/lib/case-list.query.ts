import type { CalendarDay, CaseListItem } from '@worker-aid/shared/domain';
import { decodeSequenceCursor, escapeLike, type ListScope, rowsForPage } from '@worker-aid/api/core';
import { WORKER_NAMES } from '@worker-aid/api/workers';
import type { CaseQueryDto } from './case.dto';
import { reviewQueueCondition, toPayCondition, type Reviewer } from './case-queues';

/** What the list's filters need besides the query: who asks, whether a policy is set, the day. */
export interface CaseListContext {
  reviewer: Reviewer;
  /** Whether an approval policy is configured: the review queue then follows the levels. */
  policyConfigured: boolean;
  /** Today on the center's calendar: a case is payable once its notice has ended. */
  today: CalendarDay;
}

/** A row as the statement answers it: numbers of fen as text (bigint), the page's sort key. */
export interface CaseListRow {
  id: string;
  listSeq: string;
  caseNo: string;
  type: CaseListItem['type'];
  status: CaseListItem['status'];
  workerId: string;
  workerName: string;
  unitId: string;
  requestedAmount: string;
  approvedAmount: string | null;
  summary: string;
  createdAt: Date;
  awaitingLevel: CaseListItem['awaitingLevel'];
  noticeEndsOn: string | null;
}

/**
 * The case list's one statement, written out rather than built: every list page runs it, and
 * a query builder would take longer to build it than PostgreSQL takes to answer it. Newest
 * first, one row more than the page to tell whether another follows. `scope` is the caller's
 * subtree, or the subtree of `query.unitId` once the access funnel has checked it; the worker's
 * name comes from the relation the workers feature publishes for this. `review=true` is the
 * caller's review queue (`reviewQueueCondition`); `payable=true` the approved cases out of notice.
 */
export function caseListStatement(
  scope: Pick<ListScope, 'condition'>,
  query: CaseQueryDto,
  context: CaseListContext,
): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const bind = (value: unknown): string => `$${parameters.push(value)}`;
  const conditions = [scope.condition('c.unit_id', bind)];
  if (query.type) conditions.push(`c.type = ${bind(query.type)}`);
  if (query.status) conditions.push(`c.status = ${bind(query.status)}`);
  if (query.workerId) conditions.push(`c.worker_id = ${bind(query.workerId)}`);
  if (query.review === 'true') {
    conditions.push(reviewQueueCondition(context.reviewer, context.policyConfigured, bind));
  }
  if (query.payable === 'true') {
    conditions.push(toPayCondition(context.today, bind));
  }
  if (query.q) {
    const q = bind(`%${escapeLike(query.q)}%`);
    conditions.push(
      `(c.case_no ILIKE ${q} ESCAPE '\\' OR w.worker_name ILIKE ${q} ESCAPE '\\' OR c.summary ILIKE ${q} ESCAPE '\\')`,
    );
  }
  if (query.cursor) conditions.push(`c.list_seq < ${bind(decodeSequenceCursor(query.cursor))}`);
  const sql = `SELECT c.id, c.list_seq AS "listSeq", c.case_no AS "caseNo", c.type, c.status,
  c.worker_id AS "workerId", w.worker_name AS "workerName", c.unit_id AS "unitId",
  c.requested_amount AS "requestedAmount", c.approved_amount AS "approvedAmount", c.summary,
  c.created_at AS "createdAt", c.awaiting_level AS "awaitingLevel", c.notice_ends_on::text AS "noticeEndsOn"
FROM aid_case c JOIN ${WORKER_NAMES} w ON w.worker_id = c.worker_id
WHERE ${conditions.join(' AND ')}
ORDER BY c.list_seq DESC
LIMIT ${bind(rowsForPage(query.limit))}`;
  return { sql, parameters };
}

/** The row as the API answers it; every field named, so each item has the same shape. */
export function toCaseListItem(row: CaseListRow): CaseListItem {
  return {
    id: row.id,
    caseNo: row.caseNo,
    type: row.type,
    status: row.status,
    workerId: row.workerId,
    workerName: row.workerName,
    unitId: row.unitId,
    requestedAmount: Number(row.requestedAmount),
    approvedAmount: row.approvedAmount === null ? null : Number(row.approvedAmount),
    summary: row.summary,
    createdAt: row.createdAt.toISOString(),
    awaitingLevel: row.awaitingLevel,
    noticeEndsOn: row.noticeEndsOn,
  };
}
