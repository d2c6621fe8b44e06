import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NOTICE_ENDING_WITHIN_DAYS } from '@worker-aid/shared/domain';
import type { ListScope } from '@worker-aid/api/core';
import { WORKER_NAMES } from '@worker-aid/api/workers';
import { followUpDueCondition, OPEN_FOLLOW_UP_CONDITION, reviewDueCondition } from './file-due';

/** The inbox kinds the files feature answers. */
export type FileInboxKind = 'fileApprovals' | 'noticeEnding' | 'filesReviewDue' | 'followUpsDue';

/** The kinds the caller may do; the others are left out (not queried). */
export type FileInboxAsk = Record<FileInboxKind, boolean>;

export type FileInboxCounts = Record<FileInboxKind, number>;

export interface FileInboxItem {
  kind: FileInboxKind;
  /** The file (a follow-up visit is listed under its file). */
  id: string;
  fileNo: string;
  workerName: string;
  /** Since when it waits (fileApprovals) … */
  sinceAt: Date | null;
  /** … or the day it falls due. */
  sinceDay: string | null;
}

type Bind = (value: unknown) => string;

interface KindStatement {
  /** Rows of `f` (and `v` for follow-ups) the kind counts. */
  from: string;
  where: (today: string, bind: Bind) => string;
  order: string;
  sinceAt: string;
  sinceDay: string;
}

const FILES = 'hardship_file f';

const KINDS: Record<FileInboxKind, KindStatement> = {
  fileApprovals: {
    from: FILES,
    where: () => `f.status = 'submitted'`,
    order: 'f.updated_at, f.list_seq',
    sinceAt: 'f.updated_at',
    sinceDay: 'NULL::text',
  },
  noticeEnding: {
    from: FILES,
    where: (today, bind) =>
      `f.status = 'active' AND f.notice_ends_on BETWEEN ${bind(today)}::date AND ${bind(today)}::date + ${NOTICE_ENDING_WITHIN_DAYS}`,
    order: 'f.notice_ends_on, f.list_seq',
    sinceAt: 'NULL::timestamptz',
    sinceDay: `to_char(f.notice_ends_on, 'YYYY-MM-DD')`,
  },
  filesReviewDue: {
    from: FILES,
    where: (today, bind) => reviewDueCondition(bind(today)),
    order: 'f.review_due_on, f.list_seq',
    sinceAt: 'NULL::timestamptz',
    sinceDay: `to_char(f.review_due_on, 'YYYY-MM-DD')`,
  },
  followUpsDue: {
    from: 'file_follow_up v JOIN hardship_file f ON f.id = v.file_id',
    where: (today, bind) => `${OPEN_FOLLOW_UP_CONDITION} AND ${followUpDueCondition(bind(today))}`,
    order: 'v.due_on, f.list_seq',
    sinceAt: 'NULL::timestamptz',
    sinceDay: `to_char(v.due_on, 'YYYY-MM-DD')`,
  },
};

const KIND_NAMES = Object.keys(KINDS) as FileInboxKind[];

/**
 * What the files feature tells the inbox: how many files (follow-up visits) of each kind wait
 * in a scope, by the same rules as its lists, and the first few of each, most urgent first.
 */
@Injectable()
export class FileInboxQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async counts(scope: ListScope, ask: FileInboxAsk, today: string): Promise<FileInboxCounts> {
    const parameters: unknown[] = [];
    const bind: Bind = (value) => `$${parameters.push(value)}`;
    const columns = KIND_NAMES.map((kind) => {
      if (!ask[kind]) return `0 AS "${kind}"`;
      const { from, where } = KINDS[kind];
      return `(SELECT count(*) FROM ${from} WHERE ${where(today, bind)} AND ${scope.condition('f.unit_id', bind)})::int AS "${kind}"`;
    });
    const [row] = await this.dataSource.query<FileInboxCounts[]>(
      `SELECT ${columns.join(',\n  ')}`,
      parameters,
    );
    return row;
  }

  async items(scope: ListScope, ask: FileInboxAsk, today: string, perKind: number): Promise<FileInboxItem[]> {
    const parameters: unknown[] = [];
    const bind: Bind = (value) => `$${parameters.push(value)}`;
    const parts = KIND_NAMES.filter((kind) => ask[kind]).map((kind) => {
      const { from, where, order, sinceAt, sinceDay } = KINDS[kind];
      return `(SELECT '${kind}' AS kind, f.id, f.file_no, f.worker_id, ${sinceAt} AS since_at, ${sinceDay} AS since_day,
    f.list_seq
  FROM ${from} WHERE ${where(today, bind)} AND ${scope.condition('f.unit_id', bind)}
  ORDER BY ${order} LIMIT ${bind(perKind)})`;
    });
    if (parts.length === 0) return [];
    return this.dataSource.query<FileInboxItem[]>(
      `SELECT i.kind, i.id, i.file_no AS "fileNo", w.worker_name AS "workerName", i.since_at AS "sinceAt",
  i.since_day AS "sinceDay"
FROM (${parts.join('\n  UNION ALL\n  ')}) i
  JOIN ${WORKER_NAMES} w ON w.worker_id = i.worker_id
ORDER BY i.kind, i.since_day, i.since_at, i.list_seq`,
      parameters,
    );
  }
}
