import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CASE_TYPES,
  type CaseType,
  type DisbursementReport,
  type DisbursementReportRow,
  type ReportGroup,
} from '@worker-aid/shared/domain';
import { Principal } from '@worker-aid/api/core';
import { countDistinctWorkers, type DistinctWorkerCounter } from '@worker-aid/api/funds';
import { Unit, UnitsService } from '@worker-aid/api/units';
import { splitPeriod, type ReportPeriod } from './report-period';
import { reportUnit, type ReportRequest } from './report-unit';

export interface DisbursementReportRequest extends ReportRequest {
  groupBy: readonly ReportGroup[];
}

/** What a report is about once resolved: its unit, period and grouping. */
export interface ResolvedReport extends DisbursementReport {
  unit: Unit;
}

/** A slice of the ledger, summed: one roll-up cell, or one worker's payments from the ledger. */
interface Slice {
  unitId: string;
  month: string;
  type: CaseType;
  fundId: string;
  personTimes: number;
  amount: number;
}

type Group = Omit<DisbursementReportRow, 'persons'> & { personTimes: number; amount: number };

/**
 * The disbursement report (资金发放统计表). Whole months come from `disbursement_rollup`: a few
 * rows per unit, month, type and fund whatever the number of payments, and the union of their
 * worker sets gives `persons` exactly. Days of a month the period only partly covers, and the
 * report unit's own cases when grouping by unit, come from the ledger rows, summed per worker
 * in SQL and folded into the same sets. Reversals net out either way: they carry their
 * payment's day, and a reversed payment counts for nobody.
 */
@Injectable()
export class DisbursementReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: UnitsService,
  ) {}

  async report(principal: Principal, request: DisbursementReportRequest): Promise<ResolvedReport> {
    const unit = await reportUnit(this.units, principal, request);
    const groupBy = new Set(request.groupBy);
    const period = splitPeriod(request.from, request.to);
    const children = groupBy.has('unit') ? await this.childrenOf(unit) : [];
    // Grouped by unit, each child's subtree is a row; the unit's own cases come from the ledger
    // unless it has no children, when its subtree is just itself.
    const cellUnits = groupBy.has('unit') && children.length > 0 ? children : [unit.id];
    const ownFromLedger = groupBy.has('unit') && children.length > 0;

    return countDistinctWorkers<string, ResolvedReport>(async (workers) => {
      const groups = new Map<string, Group>();
      const add = (slice: Slice): string => {
        const group: Group = {
          ...(groupBy.has('type') && { type: slice.type }),
          ...(groupBy.has('unit') && { unitId: slice.unitId }),
          ...(groupBy.has('month') && { month: slice.month }),
          ...(groupBy.has('fund') && { fundId: slice.fundId }),
          personTimes: 0,
          amount: 0,
        };
        const key = `${group.type ?? ''}|${group.unitId ?? ''}|${group.month ?? ''}|${group.fundId ?? ''}`;
        const sum = groups.get(key) ?? group;
        sum.personTimes += slice.personTimes;
        sum.amount += slice.amount;
        groups.set(key, sum);
        return key;
      };
      if (period.months) await this.addCells(cellUnits, period.months, add, workers);
      await this.addLedger(unit, period, ownFromLedger, add, workers);
      const rows = await this.finish([...groups.entries()], workers);
      const totals = rows.reduce(
        (sum, row) => ({
          ...sum,
          personTimes: sum.personTimes + row.personTimes,
          amount: sum.amount + row.amount,
        }),
        { persons: workers.total(), personTimes: 0, amount: 0 },
      );
      return { unit, rows, totals };
    });
  }

  private async addCells(
    unitIds: string[],
    months: NonNullable<ReportPeriod['months']>,
    add: (slice: Slice) => string,
    workers: DistinctWorkerCounter<string>,
  ): Promise<void> {
    const cells = await this.dataSource.query<(RawSlice & { workers: Buffer })[]>(
      `SELECT unit_id, to_char(month, 'YYYY-MM') AS month, case_type, fund_id, person_times, amount::text, workers
       FROM disbursement_rollup
       WHERE unit_id = ANY($1::uuid[]) AND person_times > 0
         AND ($2::date IS NULL OR month >= $2::date) AND ($3::date IS NULL OR month <= $3::date)`,
      [unitIds, months.first, months.last],
    );
    for (const cell of cells) workers.addStored(add(toSlice(cell)), cell.workers);
  }

  /** Payments not reversed, on the days outside whole months (and the unit's own cases when asked), per worker. */
  private async addLedger(
    unit: Unit,
    period: ReportPeriod,
    ownCases: boolean,
    add: (slice: Slice) => string,
    workers: DistinctWorkerCounter<string>,
  ): Promise<void> {
    const parameters: unknown[] = [unit.path, unit.id];
    const when = period.days.map((range) => {
      parameters.push(range.from, range.to);
      return `d.paid_on BETWEEN $${parameters.length - 1}::date AND $${parameters.length}::date`;
    });
    if (ownCases && period.months) {
      parameters.push(unit.id, period.months.first, period.months.last);
      const [own, first, last] = [2, 1, 0].map((back) => `$${parameters.length - back}`);
      when.push(
        `(d.unit_id = ${own}::uuid AND (${first}::date IS NULL OR d.paid_on >= ${first}::date)
          AND (${last}::date IS NULL OR d.paid_on < ${last}::date + interval '1 month'))`,
      );
    }
    if (when.length === 0) return;
    // The child of the report unit a payment's unit lies under ('' for the report unit itself).
    const rows = await this.dataSource.query<(RawSlice & { worker: number })[]>(
      `SELECT COALESCE(NULLIF(split_part(substr(u.path, length($1) + 1), '/', 1), ''), $2::text) AS unit_id,
              to_char(d.paid_on, 'YYYY-MM') AS month, d.case_type, d.fund_id, w.list_seq::int AS worker,
              count(*)::int AS person_times, sum(d.amount)::text AS amount
       FROM disbursement d
       JOIN unit u ON u.id = d.unit_id
       JOIN worker w ON w.id = d.worker_id
       WHERE u.path LIKE $1 || '%' AND d.amount > 0
         AND NOT EXISTS (SELECT 1 FROM disbursement r WHERE r.reverses_id = d.id)
         AND (${when.join(' OR ')})
       GROUP BY 1, 2, 3, 4, 5`,
      parameters,
    );
    for (const row of rows) workers.addMember(add(toSlice(row)), row.worker);
  }

  /** Rows with names and persons, in a stable order: type, unit code, month, fund code. */
  private async finish(
    groups: [string, Group][],
    workers: DistinctWorkerCounter<string>,
  ): Promise<DisbursementReportRow[]> {
    const unitIds = [...new Set(groups.flatMap(([, g]) => (g.unitId ? [g.unitId] : [])))];
    const fundIds = [...new Set(groups.flatMap(([, g]) => (g.fundId ? [g.fundId] : [])))];
    const [units, funds] = await Promise.all([this.names('unit', unitIds), this.names('fund', fundIds)]);
    const rows = groups
      .filter(([, group]) => group.personTimes > 0)
      .map(([key, group]) => ({
        ...(group.type && { type: group.type }),
        ...(group.unitId && { unitId: group.unitId, unitName: units.get(group.unitId)?.name ?? '' }),
        ...(group.month && { month: group.month }),
        ...(group.fundId && { fundId: group.fundId, fundName: funds.get(group.fundId)?.name ?? '' }),
        persons: workers.count(key),
        personTimes: group.personTimes,
        amount: group.amount,
      }));
    const code = (names: Map<string, { code: string }>, id?: string) =>
      id ? (names.get(id)?.code ?? '') : '';
    return rows.sort(
      (a, b) =>
        (a.type ? CASE_TYPES.indexOf(a.type) : 0) - (b.type ? CASE_TYPES.indexOf(b.type) : 0) ||
        code(units, a.unitId).localeCompare(code(units, b.unitId)) ||
        (a.month ?? '').localeCompare(b.month ?? '') ||
        code(funds, a.fundId).localeCompare(code(funds, b.fundId)),
    );
  }

  private async childrenOf(unit: Unit): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>('SELECT id FROM unit WHERE parent_id = $1', [
      unit.id,
    ]);
    return rows.map((row) => row.id);
  }

  private async names(
    table: 'unit' | 'fund',
    ids: string[],
  ): Promise<Map<string, { code: string; name: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; code: string; name: string }[]>(
      `SELECT id, code, name FROM ${table} WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}

interface RawSlice {
  unit_id: string;
  month: string;
  case_type: CaseType;
  fund_id: string;
  person_times: number;
  amount: string;
}

function toSlice(raw: RawSlice): Slice {
  return {
    unitId: raw.unit_id,
    month: raw.month,
    type: raw.case_type,
    fundId: raw.fund_id,
    personTimes: raw.person_times,
    amount: Number(raw.amount),
  };
}
