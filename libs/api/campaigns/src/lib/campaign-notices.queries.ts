import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ListScope } from '@worker-aid/api/core';
import { UNIT_PATHS } from '@worker-aid/api/units';

/** A line of an approved campaign in public notice (公示), as the notices feature posts it. */
export interface CampaignLineInNotice {
  campaignId: string;
  campaignName: string;
  lineId: string;
  lineNo: number;
  workerId: string;
  /** The line's unit (the worker's when the roster was built), not the campaign's. */
  unitId: string;
  /** The unit's path: a roster lists units in tree order. */
  unitPath: string;
  /** Fen to pay. */
  amount: number;
  noticeStartsOn: string;
  noticeEndsOn: string;
  /** The campaign's own unit lies in the caller's subtree: the caller may open it. */
  campaignInReach: boolean;
}

interface CampaignLineInNoticeRow extends Omit<CampaignLineInNotice, 'amount'> {
  amount: string;
}

/**
 * What the campaigns feature tells the notices feature: the lines (not excluded) of the approved
 * campaigns whose notice has not ended (`notice_ends_on` ≥ today), in a scope by the line's unit,
 * in unit (tree) order, then by last day, campaign name and line number.
 */
@Injectable()
export class CampaignNoticeQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `reach` is the caller's whole subtree, where `scope` may be a unit below it. */
  async inNotice(
    scope: ListScope,
    reach: ListScope,
    today: string,
    limit: number,
  ): Promise<CampaignLineInNotice[]> {
    const parameters: unknown[] = [];
    const bind = (value: unknown): string => `$${parameters.push(value)}`;
    const rows = await this.dataSource.query<CampaignLineInNoticeRow[]>(
      `SELECT ${reach.condition('c.unit_id', bind)} AS "campaignInReach", c.id AS "campaignId", c.name AS "campaignName", l.id AS "lineId", l.line_no AS "lineNo",
  l.worker_id AS "workerId", l.unit_id AS "unitId", u.unit_path AS "unitPath", l.amount,
  to_char(c.notice_starts_on, 'YYYY-MM-DD') AS "noticeStartsOn", to_char(c.notice_ends_on, 'YYYY-MM-DD') AS "noticeEndsOn"
FROM campaign_line l JOIN campaign c ON c.id = l.campaign_id JOIN ${UNIT_PATHS} u ON u.unit_id = l.unit_id
WHERE c.notice_ends_on >= ${bind(today)}::date AND c.status = 'approved' AND l.status <> 'excluded'
  AND ${scope.condition('l.unit_id', bind)}
ORDER BY u.unit_path, c.notice_ends_on, c.name, l.line_no
LIMIT ${bind(limit)}`,
      parameters,
    );
    return rows.map((row) => ({ ...row, amount: Number(row.amount) }));
  }
}
