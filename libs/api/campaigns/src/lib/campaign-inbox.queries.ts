import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CAMPAIGN_LINE_STATUSES,
  NOTICE_ENDING_WITHIN_DAYS,
  type CampaignLineStatus,
} from '@worker-aid/shared/domain';
import type { ListScope } from '@worker-aid/api/core';

/** The inbox kinds the campaigns feature answers. */
export type CampaignInboxKind = 'campaignApprovals' | 'noticeEnding' | 'campaignsToPay';

/** What the inbox asks of campaigns: each kind the caller may do, the others left out (not queried). */
export interface CampaignInboxAsk {
  /** Submitted campaigns, less those the approver created (four eyes). */
  campaignApprovals: { approverId: string } | null;
  /** Approved campaigns whose notice ends today or within NOTICE_ENDING_WITHIN_DAYS. */
  noticeEnding: boolean;
  /** Approved campaigns out of notice with a line unpaid (a failed line is unpaid again). */
  campaignsToPay: boolean;
}

export type CampaignInboxCounts = Record<CampaignInboxKind, number>;

export interface CampaignInboxItem {
  kind: CampaignInboxKind;
  id: string;
  name: string;
  /** Since when it waits (campaignApprovals, campaignsToPay) … */
  sinceAt: Date | null;
  /** … or the day it falls due (noticeEnding). */
  sinceDay: string | null;
  /** Fen: the roster to approve or pay (lines not excluded), or its unpaid lines. */
  amount: number;
}

interface CampaignInboxItemRow extends Omit<CampaignInboxItem, 'amount'> {
  amount: string;
}

type Bind = (value: unknown) => string;

interface KindStatement {
  /** The kind's condition on `c` (the scope is added to it). */
  where: (ask: CampaignInboxAsk, today: string, bind: Bind) => string;
  order: string;
  sinceAt: string;
  sinceDay: string;
  /** The lines whose amounts the item shows. */
  lines: readonly CampaignLineStatus[];
}

const ROSTER = CAMPAIGN_LINE_STATUSES.filter((status) => status !== 'excluded');

const KINDS: Record<CampaignInboxKind, KindStatement> = {
  campaignApprovals: {
    where: (ask, _today, bind) =>
      `c.status = 'submitted' AND c.created_by <> ${bind(ask.campaignApprovals?.approverId)}::uuid`,
    // Nothing writes a submitted campaign's row but its approval or return: updated_at is when it was submitted.
    order: 'c.updated_at, c.list_seq',
    sinceAt: 'c.updated_at',
    sinceDay: 'NULL::text',
    lines: ROSTER,
  },
  noticeEnding: {
    where: (_ask, today, bind) =>
      `c.status = 'approved' AND c.notice_ends_on BETWEEN ${bind(today)}::date AND ${bind(today)}::date + ${NOTICE_ENDING_WITHIN_DAYS}`,
    order: 'c.notice_ends_on, c.list_seq',
    sinceAt: 'NULL::timestamptz',
    sinceDay: `to_char(c.notice_ends_on, 'YYYY-MM-DD')`,
    lines: ROSTER,
  },
  campaignsToPay: {
    where: (_ask, today, bind) =>
      `c.status = 'approved' AND (c.notice_ends_on IS NULL OR c.notice_ends_on < ${bind(today)}::date)
    AND EXISTS (SELECT 1 FROM campaign_line l WHERE l.campaign_id = c.id AND l.status = 'unpaid')`,
    // Waiting since its approval, like a case to pay: the notice's days are the same for every campaign.
    order: 'c.approved_at, c.list_seq',
    sinceAt: 'c.approved_at',
    sinceDay: 'NULL::text',
    lines: ['unpaid'],
  },
};

const KIND_NAMES = Object.keys(KINDS) as CampaignInboxKind[];

/**
 * What the campaigns feature tells the inbox: how many campaigns of each kind wait in a scope (by
 * the campaign's unit), and the first few of each, most urgent first, with their amounts. Campaigns
 * are few; their lines are many (up to some 30,000 a roster), so they are summed only for the
 * campaigns listed, an index-only scan of `campaign_line_amounts_idx`, and counted by an EXISTS.
 */
@Injectable()
export class CampaignInboxQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async counts(scope: ListScope, ask: CampaignInboxAsk, today: string): Promise<CampaignInboxCounts> {
    const parameters: unknown[] = [];
    const bind: Bind = (value) => `$${parameters.push(value)}`;
    const columns = KIND_NAMES.map((kind) => {
      if (!ask[kind]) return `0 AS "${kind}"`;
      return `(SELECT count(*) FROM campaign c WHERE ${KINDS[kind].where(ask, today, bind)} AND ${scope.condition('c.unit_id', bind)})::int AS "${kind}"`;
    });
    const [row] = await this.dataSource.query<CampaignInboxCounts[]>(
      `SELECT ${columns.join(',\n  ')}`,
      parameters,
    );
    return row;
  }

  async items(
    scope: ListScope,
    ask: CampaignInboxAsk,
    today: string,
    perKind: number,
  ): Promise<CampaignInboxItem[]> {
    const parameters: unknown[] = [];
    const bind: Bind = (value) => `$${parameters.push(value)}`;
    const parts = KIND_NAMES.filter((kind) => ask[kind]).map((kind) => {
      const { where, order, sinceAt, sinceDay, lines } = KINDS[kind];
      return `(SELECT '${kind}' AS kind, c.id, c.name, ${sinceAt} AS since_at, ${sinceDay} AS since_day,
    ${bind(lines)}::text[] AS lines, c.list_seq
  FROM campaign c WHERE ${where(ask, today, bind)} AND ${scope.condition('c.unit_id', bind)}
  ORDER BY ${order} LIMIT ${bind(perKind)})`;
    });
    if (parts.length === 0) return [];
    const rows = await this.dataSource.query<CampaignInboxItemRow[]>(
      `SELECT i.kind, i.id, i.name, i.since_at AS "sinceAt", i.since_day AS "sinceDay", t.amount
FROM (${parts.join('\n  UNION ALL\n  ')}) i
  CROSS JOIN LATERAL (
    SELECT coalesce(sum(l.amount), 0)::text AS amount FROM campaign_line l
    WHERE l.campaign_id = i.id AND l.status = ANY (i.lines)
  ) t
ORDER BY i.kind, i.since_day, i.since_at, i.list_seq`,
      parameters,
    );
    return rows.map((row) => ({ ...row, amount: Number(row.amount) }));
  }
}
