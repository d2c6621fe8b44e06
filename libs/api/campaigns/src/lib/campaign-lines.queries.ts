import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CampaignLineStatus, CampaignTier } from '@worker-aid/shared/domain';
import { decodeCursor, escapeLike, invalidCursor, rowsForPage } from '@worker-aid/api/core';
import { FILE_NUMBERS } from '@worker-aid/api/files';
import { WORKER_ID_NUMBER_INDEXES, WORKER_NAMES } from '@worker-aid/api/workers';
import { encryptedChildren } from './campaign-line-encryption';
import { CampaignLine, type StoredObjection } from './entities/campaign-line.entity';

/** A line as the list statement answers it; `children` decrypted. */
export interface CampaignLineRow {
  id: string;
  campaignId: string;
  lineNo: number;
  workerId: string;
  unitId: string;
  fileId: string | null;
  fileNo: string | null;
  tier: CampaignTier;
  migrantWorker: boolean;
  standardAmount: string;
  amount: string;
  status: CampaignLineStatus;
  reason: string | null;
  children: unknown;
  batchId: string | null;
  failure: string | null;
  paymentId: string | null;
  paidOn: string | null;
  objection: StoredObjection | null;
}

/** What a line list is filtered by: `q` either text, or a whole identity number's blind index. */
export interface LineFilter {
  status?: CampaignLineStatus;
  text?: string;
  idNumberIndex?: Buffer;
  cursor?: string;
  limit: number;
}

const LINE_COLUMNS = `l.id, l.campaign_id AS "campaignId", l.line_no AS "lineNo", l.worker_id AS "workerId",
  l.unit_id AS "unitId", l.file_id AS "fileId", fn.file_no AS "fileNo", l.tier,
  l.migrant_worker AS "migrantWorker", l.standard_amount::text AS "standardAmount", l.amount::text AS amount,
  l.status, l.reason, l.children, l.batch_id AS "batchId", l.failure, l.payment_id AS "paymentId",
  l.paid_on::text AS "paidOn", l.objection`;

/** The queries of `campaign_line` for the roster's list and edits. */
@Injectable()
export class CampaignLineQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of a campaign's lines by line number; `q` a name or file-number fragment, a line number (序号) or an identity number. */
  async page(campaignId: string, filter: LineFilter): Promise<CampaignLineRow[]> {
    const parameters: unknown[] = [campaignId];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const where = ['l.campaign_id = $1'];
    if (filter.status) where.push(`l.status = ${bind(filter.status)}`);
    if (filter.cursor) where.push(`l.line_no > ${bind(lineNoAfter(filter.cursor))}`);
    const search: string[] = [];
    if (filter.text) {
      const like = bind(`%${escapeLike(filter.text)}%`);
      search.push(
        `EXISTS (SELECT 1 FROM ${WORKER_NAMES} wn WHERE wn.worker_id = l.worker_id AND wn.worker_name ILIKE ${like})`,
        `fn.file_no ILIKE ${like}`,
      );
      // A 序号 as the payroll file and the bank's results name the line.
      if (/^\d{1,9}$/.test(filter.text)) search.push(`l.line_no = ${bind(Number(filter.text))}`);
    }
    if (filter.idNumberIndex) {
      search.push(
        `l.worker_id IN (SELECT wi.worker_id FROM ${WORKER_ID_NUMBER_INDEXES} wi
                          WHERE wi.id_number_index = ${bind(filter.idNumberIndex)})`,
      );
    }
    if (search.length > 0) where.push(`(${search.join(' OR ')})`);
    const rows = await this.dataSource.query<CampaignLineRow[]>(
      `SELECT ${LINE_COLUMNS}
         FROM campaign_line l LEFT JOIN ${FILE_NUMBERS} fn ON fn.file_id = l.file_id
        WHERE ${where.join(' AND ')}
        ORDER BY l.line_no
        LIMIT ${bind(rowsForPage(filter.limit))}`,
      parameters,
    );
    return rows.map((row) => ({ ...row, children: encryptedChildren.from(row.children) as unknown }));
  }

  /** One line of the campaign, locked for an edit (the campaign's row is locked first). */
  lockedLine(manager: EntityManager, campaignId: string, lineId: string): Promise<CampaignLine | null> {
    return manager
      .getRepository(CampaignLine)
      .createQueryBuilder('l')
      .where('l.id = :lineId AND l.campaign_id = :campaignId', { lineId, campaignId })
      .setLock('pessimistic_write')
      .getOne();
  }

  async save(manager: EntityManager, line: CampaignLine): Promise<void> {
    await manager.save(line);
  }

  /** The line as the list shows it. */
  async row(campaignId: string, lineId: string): Promise<CampaignLineRow | null> {
    const [row] = await this.dataSource.query<CampaignLineRow[]>(
      `SELECT ${LINE_COLUMNS}
         FROM campaign_line l LEFT JOIN ${FILE_NUMBERS} fn ON fn.file_id = l.file_id
        WHERE l.campaign_id = $1 AND l.id = $2`,
      [campaignId, lineId],
    );
    return row ? { ...row, children: encryptedChildren.from(row.children) as unknown } : null;
  }
}

/** The line number a cursor carries; anything else is a 400. */
function lineNoAfter(cursor: string): number {
  const [after] = decodeCursor(cursor, ['number']);
  if (!Number.isInteger(after) || (after as number) < 0 || (after as number) > 2_147_483_647) {
    throw invalidCursor();
  }
  return after as number;
}
