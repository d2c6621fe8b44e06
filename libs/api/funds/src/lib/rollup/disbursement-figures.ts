import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AidType } from '@worker-aid/shared/domain';
import { UNIT_PATHS } from '@worker-aid/api/units';
import { WORKER_NUMBERS } from '@worker-aid/api/workers';

/** The ledger summed for one unit subtree, month (`YYYY-MM`), aid type and fund. */
export interface LedgerSlice {
  unitId: string;
  month: string;
  type: AidType;
  fundId: string;
  personTimes: number;
  amount: number;
}

/** A roll-up cell: a slice and the set of workers it paid (a stored worker set). */
export interface RollupCell extends LedgerSlice {
  workers: Buffer;
}

/** One worker's payments in a slice, read from the ledger rows: `worker` is their roll-up number. */
export interface WorkerSlice extends LedgerSlice {
  worker: number;
}

/** The same, and the campaign that paid them (null for the payments of cases). */
export interface CampaignWorkerSlice extends WorkerSlice {
  campaignId: string | null;
}

/** A whole period of the ledger, inclusive days; open when a bound is absent. */
export interface LedgerPeriodRequest {
  unit: { id: string; path: string };
  from?: string;
  to?: string;
}

/** What of the ledger rows a report reads besides whole months of the roll-up. */
export interface LedgerRowsRequest {
  /** The report's unit: rows of its subtree count, each for the unit directly below it it lies under. */
  unit: { id: string; path: string };
  /** Inclusive ranges of days. */
  days: readonly { from: string; to: string }[];
  /** Also the report unit's own cases' rows in these months (first days; null for open ends). */
  ownCasesInMonths: { first: string | null; last: string | null } | null;
}

interface RawSlice {
  unit_id: string;
  month: string;
  case_type: AidType;
  fund_id: string;
  person_times: number;
  amount: string;
}

/**
 * The funds feature's reader for the disbursement report: the roll-up cells (the read model that
 * funds keeps with every payment and reversal) and, where whole months do not fit, the ledger
 * rows summed per worker. Reports read the ledger only through here.
 */
@Injectable()
export class DisbursementFigures {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The cells of these subtrees' top units with a payment standing, in months `first`..`last` (open when null). */
  async rollupCells(
    unitIds: readonly string[],
    months: { first: string | null; last: string | null },
  ): Promise<RollupCell[]> {
    const cells = await this.dataSource.query<(RawSlice & { workers: Buffer })[]>(
      `SELECT unit_id, to_char(month, 'YYYY-MM') AS month, case_type, fund_id, person_times, amount::text, workers
       FROM disbursement_rollup
       WHERE unit_id = ANY($1::uuid[]) AND person_times > 0
         AND ($2::date IS NULL OR month >= $2::date) AND ($3::date IS NULL OR month <= $3::date)`,
      [unitIds, months.first, months.last],
    );
    return cells.map((cell) => ({ ...toSlice(cell), workers: cell.workers }));
  }

  /** Payments not reversed, on the days asked (and the unit's own cases when asked), per worker. */
  async ledgerRows(request: LedgerRowsRequest): Promise<WorkerSlice[]> {
    const { unit, days, ownCasesInMonths } = request;
    const parameters: unknown[] = [unit.path, unit.id];
    const when = days.map((range) => {
      parameters.push(range.from, range.to);
      return `d.paid_on BETWEEN $${parameters.length - 1}::date AND $${parameters.length}::date`;
    });
    if (ownCasesInMonths) {
      parameters.push(unit.id, ownCasesInMonths.first, ownCasesInMonths.last);
      const [own, first, last] = [2, 1, 0].map((back) => `$${parameters.length - back}`);
      when.push(
        `(d.unit_id = ${own}::uuid AND (${first}::date IS NULL OR d.paid_on >= ${first}::date)
          AND (${last}::date IS NULL OR d.paid_on < ${last}::date + interval '1 month'))`,
      );
    }
    if (when.length === 0) return [];
    const rows = await this.perWorker(when.join(' OR '), parameters, false);
    return rows.map((row) => ({ ...toSlice(row), worker: row.worker }));
  }

  /**
   * Campaigns' payments not reversed in a whole period, per worker and campaign: the roll-up has
   * no campaign dimension. Read through the partial index of the rows that pay a campaign line.
   */
  async campaignLedgerRows(request: LedgerPeriodRequest): Promise<CampaignWorkerSlice[]> {
    // Found once through their partial index and hashed against the subtree's units, rather than
    // looked for unit by unit among all of each unit's payments.
    const campaignRows = `WITH campaign_rows AS MATERIALIZED (
      SELECT * FROM disbursement WHERE campaign_id IS NOT NULL
        AND ($3::date IS NULL OR paid_on >= $3::date) AND ($4::date IS NULL OR paid_on <= $4::date))`;
    const rows = await this.perWorker(
      `d.campaign_id IS NOT NULL ${inPeriod}`,
      [request.unit.path, request.unit.id, request.from ?? null, request.to ?? null],
      true,
      { with: campaignRows, from: 'campaign_rows' },
    );
    return rows.map((row) => ({ ...toSlice(row), worker: row.worker, campaignId: row.campaign_id ?? null }));
  }

  /**
   * Cases' payments (no campaign) of these types not reversed in a whole period, per worker: for
   * a type that cases and campaigns both pay (school aid counts as education), whose roll-up
   * cells mix the two.
   */
  async caseLedgerRows(request: LedgerPeriodRequest, types: readonly AidType[]): Promise<WorkerSlice[]> {
    if (types.length === 0) return [];
    const rows = await this.perWorker(
      `d.campaign_id IS NULL AND d.case_type = ANY($5::varchar[]) ${inPeriod}`,
      [request.unit.path, request.unit.id, request.from ?? null, request.to ?? null, types],
      false,
    );
    return rows.map((row) => ({ ...toSlice(row), worker: row.worker }));
  }

  /** `$1`/`$2` are the report unit's path and id; `when` picks the rows. */
  private perWorker(
    when: string,
    parameters: unknown[],
    byCampaign: boolean,
    ledger: { with?: string; from: string } = { from: 'disbursement' },
  ): Promise<(RawSlice & { worker: number; campaign_id?: string | null })[]> {
    // The child of the report unit a payment's unit lies under ('' for the report unit itself).
    return this.dataSource.query(
      `${ledger.with ?? ''}
       SELECT COALESCE(NULLIF(split_part(substr(u.unit_path, length($1) + 1), '/', 1), ''), $2::text) AS unit_id,
              to_char(d.paid_on, 'YYYY-MM') AS month, d.case_type, d.fund_id, w.worker_seq::int AS worker,
              ${byCampaign ? 'd.campaign_id,' : ''}
              count(*)::int AS person_times, sum(d.amount)::text AS amount
       FROM ${ledger.from} d
       JOIN ${UNIT_PATHS} u ON u.unit_id = d.unit_id
       JOIN ${WORKER_NUMBERS} w ON w.worker_id = d.worker_id
       WHERE u.unit_path LIKE $1 || '%' AND d.amount > 0
         AND NOT EXISTS (SELECT 1 FROM disbursement r WHERE r.reverses_id = d.id)
         AND (${when})
       GROUP BY ${byCampaign ? '1, 2, 3, 4, 5, 6' : '1, 2, 3, 4, 5'}`,
      parameters,
    );
  }
}

/** `$3`/`$4`: a whole period's first and last day, open when null. */
const inPeriod = `AND ($3::date IS NULL OR d.paid_on >= $3::date) AND ($4::date IS NULL OR d.paid_on <= $4::date)`;

function toSlice(raw: RawSlice): LedgerSlice {
  return {
    unitId: raw.unit_id,
    month: raw.month,
    type: raw.case_type,
    fundId: raw.fund_id,
    personTimes: raw.person_times,
    amount: Number(raw.amount),
  };
}
