import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BatchOutcome, BatchStatus, CampaignKind, PaymentMethod } from '@worker-aid/shared/domain';
import type { ListScope } from '@worker-aid/api/core';
import { FILE_NUMBERS } from '@worker-aid/api/files';
import type { StoredObjection } from './entities/campaign-line.entity';

/** A batch with what its campaign says about paying it. */
export interface BatchRecord {
  id: string;
  campaignId: string;
  number: number;
  method: PaymentMethod;
  status: BatchStatus;
  layoutId: string | null;
  lineCount: number;
  amount: number;
  bankFileDownloads: number;
  createdBy: string;
  createdAt: Date;
  campaignName: string;
  campaignKind: CampaignKind;
  fundId: string;
  unitId: string;
}

/** A roster line as a batch takes it. */
export interface BatchableLine {
  id: string;
  lineNo: number;
  workerId: string;
  unitId: string;
  amount: number;
  status: string;
}

/** A line of the campaign named by a result, with its outcome in the batch (null: not in it). */
export interface DecidableLine {
  id: string;
  lineNo: number;
  workerId: string;
  unitId: string;
  batchAmount: number | null;
  outcome: BatchOutcome | null;
}

export interface BatchFigures {
  paidLines: number;
  paidAmount: number;
  failedLines: number;
  pendingLines: number;
}

export interface BatchLineRow {
  lineId: string;
  lineNo: number;
  workerId: string;
  unitId: string;
  fileId: string | null;
  fileNo: string | null;
  tier: string;
  migrantWorker: boolean;
  standardAmount: number;
  amount: number;
  status: string;
  reason: string | null;
  children: unknown;
  batchId: string | null;
  failure: string | null;
  paymentId: string | null;
  paidOn: string | null;
  objection: StoredObjection | null;
  batchAmount: number;
  outcome: BatchOutcome;
  batchFailure: string | null;
}

const BATCH_COLUMNS = `b.id, b.campaign_id AS "campaignId", b.number, b.method, b.status, b.layout_id AS "layoutId",
  b.line_count AS "lineCount", b.amount::float8 AS amount, b.bank_file_downloads AS "bankFileDownloads",
  b.created_by AS "createdBy", b.created_at AS "createdAt", c.name AS "campaignName", c.kind AS "campaignKind",
  c.fund_id AS "fundId", c.unit_id AS "unitId"`;

/** Placeholders for a statement written out: each value bound once, numbered in order. */
function binder(params: unknown[]): (value: unknown) => string {
  return (value) => {
    params.push(value);
    return `$${params.length}`;
  };
}

/** Every query of `campaign_batch` and `campaign_batch_line`, and the batch side of `campaign_line`. */
@Injectable()
export class BatchQueries {
  /** The batch if its campaign lies in `scope`; locked to the end of the transaction when asked. */
  async batchInScope(
    manager: EntityManager,
    scope: ListScope,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<BatchRecord | undefined> {
    const params: unknown[] = [];
    const bind = binder(params);
    const rows = await manager.query<BatchRecord[]>(
      `SELECT ${BATCH_COLUMNS} FROM campaign_batch b JOIN campaign c ON c.id = b.campaign_id
       WHERE b.id = ${bind(id)} AND ${scope.condition('c.unit_id', bind)}${options.lock ? ' FOR UPDATE OF b' : ''}`,
      params,
    );
    return rows[0];
  }

  batchesOf(manager: EntityManager, campaignId: string): Promise<BatchRecord[]> {
    return manager.query<BatchRecord[]>(
      `SELECT ${BATCH_COLUMNS} FROM campaign_batch b JOIN campaign c ON c.id = b.campaign_id
       WHERE b.campaign_id = $1 ORDER BY b.number`,
      [campaignId],
    );
  }

  async figuresOf(manager: EntityManager, batchIds: readonly string[]): Promise<Map<string, BatchFigures>> {
    if (batchIds.length === 0) return new Map();
    const rows = await manager.query<(BatchFigures & { batchId: string })[]>(
      `SELECT batch_id AS "batchId",
              count(*) FILTER (WHERE outcome = 'paid')::int AS "paidLines",
              COALESCE(sum(amount) FILTER (WHERE outcome = 'paid'), 0)::float8 AS "paidAmount",
              count(*) FILTER (WHERE outcome = 'failed')::int AS "failedLines",
              count(*) FILTER (WHERE outcome = 'pending')::int AS "pendingLines"
       FROM campaign_batch_line WHERE batch_id = ANY($1::uuid[]) GROUP BY batch_id`,
      [batchIds],
    );
    return new Map(rows.map(({ batchId, ...figures }) => [batchId, figures]));
  }

  /** Every unpaid line of the campaign with something to pay, locked, in line order. */
  lockUnpaidLines(manager: EntityManager, campaignId: string): Promise<BatchableLine[]> {
    return manager.query<BatchableLine[]>(
      `SELECT id, line_no AS "lineNo", worker_id AS "workerId", unit_id AS "unitId", amount::float8 AS amount, status
       FROM campaign_line WHERE campaign_id = $1 AND status = 'unpaid' AND amount > 0
       ORDER BY line_no FOR UPDATE`,
      [campaignId],
    );
  }

  /** These lines of the campaign, locked, in line order (ids of other campaigns are left out). */
  lockLines(manager: EntityManager, campaignId: string, ids: readonly string[]): Promise<BatchableLine[]> {
    return manager.query<BatchableLine[]>(
      `SELECT id, line_no AS "lineNo", worker_id AS "workerId", unit_id AS "unitId", amount::float8 AS amount, status
       FROM campaign_line WHERE campaign_id = $1 AND id = ANY($2::uuid[])
       ORDER BY line_no FOR UPDATE`,
      [campaignId, ids],
    );
  }

  async nextNumber(manager: EntityManager, campaignId: string): Promise<number> {
    const [row] = await manager.query<{ next: number }[]>(
      'SELECT COALESCE(max(number), 0)::int + 1 AS next FROM campaign_batch WHERE campaign_id = $1',
      [campaignId],
    );
    return row?.next ?? 1;
  }

  async insertBatch(
    manager: EntityManager,
    batch: {
      campaignId: string;
      number: number;
      method: PaymentMethod;
      layoutId: string | null;
      lines: readonly BatchableLine[];
      createdBy: string;
    },
  ): Promise<string> {
    const amount = batch.lines.reduce((sum, line) => sum + line.amount, 0);
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO campaign_batch (campaign_id, number, method, status, layout_id, line_count, amount, created_by)
       VALUES ($1, $2, $3, 'open', $4, $5, $6, $7) RETURNING id`,
      [
        batch.campaignId,
        batch.number,
        batch.method,
        batch.layoutId,
        batch.lines.length,
        String(amount),
        batch.createdBy,
      ],
    );
    if (!row) throw new Error('the batch was not inserted');
    await manager.query(
      `INSERT INTO campaign_batch_line (batch_id, line_id, amount, outcome)
       SELECT $1, t.line_id, t.amount, 'pending' FROM unnest($2::uuid[], $3::bigint[]) AS t(line_id, amount)`,
      [row.id, batch.lines.map((line) => line.id), batch.lines.map((line) => String(line.amount))],
    );
    await manager.query(
      `UPDATE campaign_line SET status = 'in_batch', batch_id = $1, updated_at = now() WHERE id = ANY($2::uuid[])`,
      [row.id, batch.lines.map((line) => line.id)],
    );
    return row.id;
  }

  /** The campaign's lines among `ids`, locked in line order, with their outcome in the batch. */
  lockDecidableLines(
    manager: EntityManager,
    batch: Pick<BatchRecord, 'id' | 'campaignId'>,
    ids: readonly string[],
  ): Promise<DecidableLine[]> {
    return manager.query<DecidableLine[]>(
      `SELECT cl.id, cl.line_no AS "lineNo", cl.worker_id AS "workerId", cl.unit_id AS "unitId",
              bl.amount::float8 AS "batchAmount", bl.outcome
       FROM campaign_line cl LEFT JOIN campaign_batch_line bl ON bl.line_id = cl.id AND bl.batch_id = $1
       WHERE cl.campaign_id = $2 AND cl.id = ANY($3::uuid[])
       ORDER BY cl.line_no FOR UPDATE OF cl`,
      [batch.id, batch.campaignId, ids],
    );
  }

  /** Which of these ids are lines of any campaign. */
  async existingLines(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>(
      'SELECT id FROM campaign_line WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The campaign's lines by their number (序号). */
  async linesByNumber(
    manager: EntityManager,
    campaignId: string,
    lineNos: readonly number[],
  ): Promise<Map<number, string>> {
    if (lineNos.length === 0) return new Map();
    const rows = await manager.query<{ id: string; lineNo: number }[]>(
      'SELECT id, line_no AS "lineNo" FROM campaign_line WHERE campaign_id = $1 AND line_no = ANY($2::int[])',
      [campaignId, lineNos],
    );
    return new Map(rows.map((row) => [row.lineNo, row.id]));
  }

  async markPaid(
    manager: EntityManager,
    batchId: string,
    paid: readonly { lineId: string; paymentId: string }[],
    paidOn: string,
  ): Promise<void> {
    if (paid.length === 0) return;
    const lineIds = paid.map((line) => line.lineId);
    const paymentIds = paid.map((line) => line.paymentId);
    await manager.query(
      `UPDATE campaign_batch_line bl SET outcome = 'paid', payment_id = t.payment_id, failure = NULL, decided_at = now()
       FROM unnest($2::uuid[], $3::uuid[]) AS t(line_id, payment_id)
       WHERE bl.batch_id = $1 AND bl.line_id = t.line_id`,
      [batchId, lineIds, paymentIds],
    );
    await manager.query(
      `UPDATE campaign_line cl SET status = 'paid', payment_id = t.payment_id, paid_on = $3, failure = NULL,
         batch_id = $4, updated_at = now()
       FROM unnest($1::uuid[], $2::uuid[]) AS t(line_id, payment_id) WHERE cl.id = t.line_id`,
      [lineIds, paymentIds, paidOn, batchId],
    );
  }

  async markFailed(
    manager: EntityManager,
    batchId: string,
    failed: readonly { lineId: string; failure: string }[],
  ): Promise<void> {
    if (failed.length === 0) return;
    const lineIds = failed.map((line) => line.lineId);
    const failures = failed.map((line) => line.failure);
    await manager.query(
      `UPDATE campaign_batch_line bl SET outcome = 'failed', failure = t.failure, decided_at = now()
       FROM unnest($2::uuid[], $3::varchar[]) AS t(line_id, failure)
       WHERE bl.batch_id = $1 AND bl.line_id = t.line_id`,
      [batchId, lineIds, failures],
    );
    await manager.query(
      `UPDATE campaign_line cl SET status = 'unpaid', failure = t.failure, updated_at = now()
       FROM unnest($1::uuid[], $2::varchar[]) AS t(line_id, failure) WHERE cl.id = t.line_id`,
      [lineIds, failures],
    );
  }

  /** `done` once no line of the batch is pending. */
  async closeIfDecided(manager: EntityManager, batchId: string): Promise<void> {
    await manager.query(
      `UPDATE campaign_batch SET status = 'done', updated_at = now()
       WHERE id = $1 AND status = 'open'
         AND NOT EXISTS (SELECT 1 FROM campaign_batch_line WHERE batch_id = $1 AND outcome = 'pending')`,
      [batchId],
    );
  }

  async countDownload(manager: EntityManager, batchId: string): Promise<void> {
    await manager.query(
      'UPDATE campaign_batch SET bank_file_downloads = bank_file_downloads + 1, updated_at = now() WHERE id = $1',
      [batchId],
    );
  }

  /** The batch's pending lines, in line order, for its payroll file. */
  pendingLines(
    manager: EntityManager,
    batchId: string,
  ): Promise<{ lineNo: number; workerId: string; amount: number }[]> {
    return manager.query(
      `SELECT cl.line_no AS "lineNo", cl.worker_id AS "workerId", bl.amount::float8 AS amount
       FROM campaign_batch_line bl JOIN campaign_line cl ON cl.id = bl.line_id
       WHERE bl.batch_id = $1 AND bl.outcome = 'pending' ORDER BY cl.line_no`,
      [batchId],
    );
  }

  /** A page of the batch's lines in line order, after line number `afterLineNo`. */
  linesPage(
    manager: EntityManager,
    batchId: string,
    query: { outcome?: BatchOutcome; limit: number; afterLineNo?: number },
  ): Promise<BatchLineRow[]> {
    const params: unknown[] = [batchId];
    const bind = binder(params);
    const conditions = ['bl.batch_id = $1'];
    if (query.outcome) conditions.push(`bl.outcome = ${bind(query.outcome)}`);
    if (query.afterLineNo !== undefined) conditions.push(`cl.line_no > ${bind(query.afterLineNo)}`);
    return manager.query<BatchLineRow[]>(
      `SELECT cl.id AS "lineId", cl.line_no AS "lineNo", cl.worker_id AS "workerId", cl.unit_id AS "unitId",
              cl.file_id AS "fileId", fn.file_no AS "fileNo", cl.tier, cl.migrant_worker AS "migrantWorker",
              cl.standard_amount::float8 AS "standardAmount", cl.amount::float8 AS amount, cl.status, cl.reason,
              cl.children, cl.batch_id AS "batchId", cl.failure, cl.payment_id AS "paymentId",
              to_char(cl.paid_on, 'YYYY-MM-DD') AS "paidOn", cl.objection,
              bl.amount::float8 AS "batchAmount", bl.outcome, bl.failure AS "batchFailure"
       FROM campaign_batch_line bl JOIN campaign_line cl ON cl.id = bl.line_id
         LEFT JOIN ${FILE_NUMBERS} fn ON fn.file_id = cl.file_id
       WHERE ${conditions.join(' AND ')} ORDER BY cl.line_no LIMIT ${bind(query.limit)}`,
      params,
    );
  }

  /**
   * A reversed payment's line: locked, its batch line `paid` → `reversed`, and the line unpaid
   * again with the reason. False when the payment is no longer the line's paid one.
   */
  async unpayLine(
    manager: EntityManager,
    lineId: string,
    paymentId: string,
    failure: string,
  ): Promise<boolean> {
    await manager.query('SELECT id FROM campaign_line WHERE id = $1 FOR UPDATE', [lineId]);
    const reversed = await manager.query<{ batch_id: string }[]>(
      `UPDATE campaign_batch_line SET outcome = 'reversed', decided_at = now()
       WHERE line_id = $1 AND payment_id = $2 AND outcome = 'paid' RETURNING batch_id`,
      [lineId, paymentId],
    );
    if (reversed.length === 0) return false;
    await manager.query(
      `UPDATE campaign_line SET status = 'unpaid', payment_id = NULL, paid_on = NULL, failure = $2, updated_at = now()
       WHERE id = $1`,
      [lineId, failure],
    );
    return true;
  }
}
