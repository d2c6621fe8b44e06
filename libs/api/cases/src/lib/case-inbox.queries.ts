import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NOTICE_ENDING_WITHIN_DAYS } from '@worker-aid/shared/domain';
import type { ListScope } from '@worker-aid/api/core';
import { WORKER_NAMES } from '@worker-aid/api/workers';
import { reviewQueueCondition, toPayCondition, type Reviewer } from './case-queues';

/** The inbox kinds the cases feature answers. */
export type CaseInboxKind = 'review' | 'noticeEnding' | 'toPay';

/** What the inbox asks of cases: each kind the caller may do, the others left out (not queried). */
export interface CaseInboxAsk {
  /** Submitted cases waiting for the reviewer's step (`reviewQueueCondition`). */
  review: { reviewer: Reviewer; policyConfigured: boolean } | null;
  /** Approved cases whose notice ends today or within NOTICE_ENDING_WITHIN_DAYS. */
  noticeEnding: boolean;
  /** Approved cases out of notice: money still to pay. */
  toPay: boolean;
}

export type CaseInboxCounts = Record<CaseInboxKind, number>;

export interface CaseInboxItem {
  kind: CaseInboxKind;
  id: string;
  caseNo: string;
  workerName: string;
  /** Since when it waits (review, toPay) … */
  sinceAt: Date | null;
  /** … or the day it falls due (noticeEnding). */
  sinceDay: string | null;
  /** Fen: the amount to decide on, approved, or still to pay. */
  amount: number;
}

interface CaseInboxItemRow extends Omit<CaseInboxItem, 'amount'> {
  amount: string;
}

type Bind = (value: unknown) => string;

/** A kind's condition on `c` (already limited to the scope), or null when it is not asked. */
function conditionOf(kind: CaseInboxKind, ask: CaseInboxAsk, today: string, bind: Bind): string | null {
  switch (kind) {
    case 'review':
      return ask.review ? reviewQueueCondition(ask.review.reviewer, ask.review.policyConfigured, bind) : null;
    case 'noticeEnding':
      return ask.noticeEnding
        ? `c.status = 'approved' AND c.notice_ends_on BETWEEN ${bind(today)}::date AND ${bind(today)}::date + ${NOTICE_ENDING_WITHIN_DAYS}`
        : null;
    case 'toPay':
      return ask.toPay ? toPayCondition(today, bind) : null;
  }
}

/** Most urgent first: the longest waiting, or the earliest due. */
const ORDER: Record<CaseInboxKind, string> = {
  review: 'c.updated_at, c.list_seq',
  noticeEnding: 'c.notice_ends_on, c.list_seq',
  toPay: 'c.updated_at, c.list_seq',
};

const SINCE: Record<CaseInboxKind, { at: string; day: string }> = {
  review: { at: 'c.updated_at', day: 'NULL::text' },
  noticeEnding: { at: 'NULL::timestamptz', day: `to_char(c.notice_ends_on, 'YYYY-MM-DD')` },
  toPay: { at: 'c.updated_at', day: 'NULL::text' },
};

const AMOUNT: Record<CaseInboxKind, string> = {
  // The last step's amount once there is one: a later step may only lower it.
  review: `COALESCE((c.approvals -> -1 ->> 'amount')::bigint, c.requested_amount)`,
  noticeEnding: 'c.approved_amount',
  toPay: 'c.approved_amount - c.disbursed_amount',
};

const KINDS: readonly CaseInboxKind[] = ['review', 'noticeEnding', 'toPay'];

/**
 * The counts sent together, each group one statement, the groups side by side: the money still
 * to pay counts every approved case of the scope (an index-only scan of `aid_case_to_pay_idx`,
 * the longest by far), so it runs beside the others rather than after them.
 */
const COUNT_GROUPS: readonly (readonly CaseInboxKind[])[] = [['review', 'noticeEnding'], ['toPay']];

/**
 * What the cases feature tells the inbox: how many cases of each kind wait in a scope, each
 * count on a partial index (`aid_case_review_queue_idx`, `aid_case_notice_ending_idx`,
 * `aid_case_to_pay_idx`), and the first few of each, most urgent first.
 */
@Injectable()
export class CaseInboxQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async counts(scope: ListScope, ask: CaseInboxAsk, today: string): Promise<CaseInboxCounts> {
    const counts: CaseInboxCounts = { review: 0, noticeEnding: 0, toPay: 0 };
    await Promise.all(
      COUNT_GROUPS.map(async (group) => {
        const parameters: unknown[] = [];
        const bind: Bind = (value) => `$${parameters.push(value)}`;
        const columns = group.flatMap((kind) => {
          const condition = conditionOf(kind, ask, today, bind);
          if (!condition) return [];
          return [
            `(SELECT count(*) FROM aid_case c WHERE ${condition} AND ${scope.condition('c.unit_id', bind)})::int AS "${kind}"`,
          ];
        });
        if (columns.length === 0) return;
        const [row] = await this.dataSource.query<Partial<CaseInboxCounts>[]>(
          `SELECT ${columns.join(',\n  ')}`,
          parameters,
        );
        Object.assign(counts, row);
      }),
    );
    return counts;
  }

  async items(scope: ListScope, ask: CaseInboxAsk, today: string, perKind: number): Promise<CaseInboxItem[]> {
    const parameters: unknown[] = [];
    const bind: Bind = (value) => `$${parameters.push(value)}`;
    const parts = KINDS.flatMap((kind) => {
      const condition = conditionOf(kind, ask, today, bind);
      if (!condition) return [];
      return [
        `(SELECT '${kind}' AS kind, c.id, c.case_no, c.worker_id, ${SINCE[kind].at} AS since_at,
    ${SINCE[kind].day} AS since_day, (${AMOUNT[kind]})::text AS amount, c.list_seq
  FROM aid_case c WHERE ${condition} AND ${scope.condition('c.unit_id', bind)}
  ORDER BY ${ORDER[kind]} LIMIT ${bind(perKind)})`,
      ];
    });
    if (parts.length === 0) return [];
    const rows = await this.dataSource.query<CaseInboxItemRow[]>(
      `SELECT i.kind, i.id, i.case_no AS "caseNo", w.worker_name AS "workerName", i.since_at AS "sinceAt",
  i.since_day AS "sinceDay", i.amount
FROM (${parts.join('\n  UNION ALL\n  ')}) i
  JOIN ${WORKER_NAMES} w ON w.worker_id = i.worker_id
ORDER BY i.kind, i.since_day, i.since_at, i.list_seq`,
      parameters,
    );
    return rows.map((row) => ({ ...row, amount: Number(row.amount) }));
  }
}
