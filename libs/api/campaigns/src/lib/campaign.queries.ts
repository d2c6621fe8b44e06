import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CampaignKind, CampaignStatus, CampaignTier, CampaignTotals } from '@worker-aid/shared/domain';
import { decodeSequenceCursor, rowsForPage, type ListScope } from '@worker-aid/api/core';
import type { CampaignQueryDto } from './campaigns.dto';
import { Campaign } from './entities/campaign.entity';

/** A row of the campaign list as the statement answers it. */
export interface CampaignListRow {
  id: string;
  listSeq: string;
  name: string;
  kind: CampaignKind;
  year: number;
  status: CampaignStatus;
  unitId: string;
  lines: number;
  amount: string;
  paidAmount: string;
  noticeEndsOn: string | null;
  createdAt: Date;
}

interface TotalsRow {
  tier: CampaignTier;
  lines: number;
  excluded: number;
  amount: string;
  paid_lines: number;
  paid_amount: string;
  in_batch_lines: number;
  failed_lines: number;
}

/** The queries of `campaign`, and the aggregates over its lines, which the campaigns feature owns. */
@Injectable()
export class CampaignQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async save(manager: EntityManager, campaign: Campaign): Promise<void> {
    await manager.save(campaign);
  }

  /** Newest first, in the scope, keyset by `list_seq`; each with its roster's sums. */
  async listPage(scope: ListScope, query: CampaignQueryDto): Promise<CampaignListRow[]> {
    const parameters: unknown[] = [];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const where = [scope.condition('c.unit_id', bind)];
    if (query.status) where.push(`c.status = ${bind(query.status)}`);
    if (query.kind) where.push(`c.kind = ${bind(query.kind)}`);
    if (query.year) where.push(`c.year = ${bind(query.year)}`);
    if (query.cursor) where.push(`c.list_seq < ${bind(decodeSequenceCursor(query.cursor))}::bigint`);
    return this.dataSource.query<CampaignListRow[]>(
      `SELECT c.id, c.list_seq::text AS "listSeq", c.name, c.kind, c.year, c.status, c.unit_id AS "unitId",
              c.notice_ends_on::text AS "noticeEndsOn", c.created_at AS "createdAt",
              coalesce(t.lines, 0)::int AS lines, coalesce(t.amount, 0)::text AS amount,
              coalesce(t.paid_amount, 0)::text AS "paidAmount"
         FROM campaign c
         LEFT JOIN LATERAL (
           SELECT count(*) AS lines,
                  sum(l.amount) FILTER (WHERE l.status <> 'excluded') AS amount,
                  sum(l.amount) FILTER (WHERE l.status = 'paid') AS paid_amount
             FROM campaign_line l WHERE l.campaign_id = c.id
         ) t ON true
        WHERE ${where.join(' AND ')}
        ORDER BY c.list_seq DESC
        LIMIT ${bind(rowsForPage(query.limit))}`,
      parameters,
    );
  }

  /** The roster's sums in one aggregate over its lines. */
  async totals(
    campaignId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CampaignTotals> {
    const rows = await manager.query<TotalsRow[]>(
      `SELECT tier,
              count(*)::int AS lines,
              count(*) FILTER (WHERE status = 'excluded')::int AS excluded,
              coalesce(sum(amount) FILTER (WHERE status <> 'excluded'), 0)::text AS amount,
              count(*) FILTER (WHERE status = 'paid')::int AS paid_lines,
              coalesce(sum(amount) FILTER (WHERE status = 'paid'), 0)::text AS paid_amount,
              count(*) FILTER (WHERE status = 'in_batch')::int AS in_batch_lines,
              count(*) FILTER (WHERE status = 'unpaid' AND failure IS NOT NULL)::int AS failed_lines
         FROM campaign_line WHERE campaign_id = $1
        GROUP BY tier ORDER BY tier`,
      [campaignId],
    );
    const sum = (pick: (row: TotalsRow) => number | string) =>
      rows.reduce((total, row) => total + Number(pick(row)), 0);
    return {
      lines: sum((row) => row.lines),
      excluded: sum((row) => row.excluded),
      amount: sum((row) => row.amount),
      paidLines: sum((row) => row.paid_lines),
      paidAmount: sum((row) => row.paid_amount),
      inBatchLines: sum((row) => row.in_batch_lines),
      failedLines: sum((row) => row.failed_lines),
      byTier: rows
        .filter((row) => row.lines > row.excluded)
        .map((row) => ({ tier: row.tier, lines: row.lines - row.excluded, amount: Number(row.amount) })),
    };
  }

  /** Lines not excluded, and whether any is in an open batch: what submit, approve and close check. */
  async rosterState(
    manager: EntityManager,
    campaignId: string,
  ): Promise<{ payableLines: number; amount: number; inBatchLines: number }> {
    const [row] = await manager.query<{ payable: number; amount: string; in_batch: number }[]>(
      `SELECT count(*) FILTER (WHERE status <> 'excluded')::int AS payable,
              coalesce(sum(amount) FILTER (WHERE status <> 'excluded'), 0)::text AS amount,
              count(*) FILTER (WHERE status = 'in_batch')::int AS in_batch
         FROM campaign_line WHERE campaign_id = $1`,
      [campaignId],
    );
    return { payableLines: row.payable, amount: Number(row.amount), inBatchLines: row.in_batch };
  }
}
