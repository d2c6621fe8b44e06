import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CaseType } from '@worker-aid/shared/domain';
import { firstOfMonth } from '@worker-aid/shared/domain';
import { unitIdsOnPath } from '@worker-aid/api/core';
import { UNIT_AND_ANCESTORS, UNIT_PATHS } from '@worker-aid/api/units';
import { WORKER_NUMBERS } from '@worker-aid/api/workers';
import type { Disbursement } from '../disbursement.entity';
import { addToWorkerSet, editWorkerSet, sameWorkerSets, storeWorkerSet, workerSetSize } from './worker-set';

export interface RollupDifference {
  /** `<unit id>/<month>/<type>/<fund id>` */
  cell: string;
  field: 'personTimes' | 'amount' | 'persons';
  stored: number;
  computed: number;
}

function cellName(c: { unit_id: string; month: string; case_type: string; fund_id: string }): string {
  return `${c.unit_id}/${c.month}/${c.case_type}/${c.fund_id}`;
}

/** Where a ledger row lands in the roll-up: its unit's path and its worker's list number. */
export interface RollupPlacement {
  path: string;
  seq: string;
}

/** Where many ledger rows land: units' paths and workers' list numbers, by id. */
export interface RollupPlacements {
  paths: Map<string, string>;
  seqs: Map<string, number>;
}

/** A new payment (never a reversal) as the bulk roll-up reads it. */
export type RolledUpPayment = Pick<
  Disbursement,
  'unitId' | 'workerId' | 'paidOn' | 'caseType' | 'fundId' | 'amount'
>;

interface CellChange {
  unitId: string;
  month: string;
  caseType: string;
  fundId: string;
  personTimes: number;
  amount: number;
  members: number[];
}

interface ComputedCell {
  unit_id: string;
  month: string;
  case_type: CaseType;
  fund_id: string;
  person_times: number;
  amount: string;
  workers: number[] | null;
}

/**
 * Keeps `disbursement_rollup` equal to the ledger. `apply` runs inside the payment's or the
 * reversal's transaction, after the fund row is locked: every cell it writes carries that
 * fund's id, so two transactions never write the same cell at once and the cells add no lock
 * order of their own. `rebuild` recomputes every cell from the ledger (bulk loads, the
 * migration), and `differences` compares them for the ledger check.
 */
@Injectable()
export class DisbursementRollupService {
  /** Looked up before the fund is locked, so that the locked part of a payment stays short. */
  async placementOf(manager: EntityManager, row: Disbursement): Promise<RollupPlacement> {
    const [placement] = await manager.query<RollupPlacement[]>(
      `SELECT u.unit_path AS path, w.worker_seq AS seq FROM ${UNIT_PATHS} u, ${WORKER_NUMBERS} w
       WHERE u.unit_id = $1 AND w.worker_id = $2`,
      [row.unitId, row.workerId],
    );
    return placement;
  }

  /** Folds one new ledger row — a payment or a reversal — into the cells of its unit and every ancestor. */
  async apply(manager: EntityManager, row: Disbursement, placement?: RollupPlacement): Promise<void> {
    const { path, seq } = placement ?? (await this.placementOf(manager, row));
    const unitIds = unitIdsOnPath(path);
    const month = firstOfMonth(row.paidOn);
    const key = [month, row.caseType, row.fundId];
    const cells = await manager.query<{ unit_id: string; workers: Buffer }[]>(
      `SELECT unit_id, workers FROM disbursement_rollup
       WHERE unit_id = ANY($1::uuid[]) AND month = $2 AND case_type = $3 AND fund_id = $4
       ORDER BY unit_id FOR UPDATE`,
      [unitIds, ...key],
    );
    const stored = new Map(cells.map((cell) => [cell.unit_id, cell.workers]));
    // After a reversal the worker stays in a cell if another payment of theirs in it still stands.
    const stillPaidPaths = row.amount < 0 ? await this.pathsStillPaid(manager, row, month) : [];
    const workers = await Promise.all(
      unitIds.map((unitId) => {
        const current = stored.get(unitId) ?? null;
        if (row.amount > 0) return editWorkerSet(current, { add: Number(seq) });
        const keep = stillPaidPaths.some((other) => other.includes(`/${unitId}/`));
        return editWorkerSet(current, keep ? {} : { remove: Number(seq) });
      }),
    );
    const values = [unitIds, ...key, Math.sign(row.amount), row.amount, workers];
    if (row.amount > 0) {
      await manager.query(
        `INSERT INTO disbursement_rollup (unit_id, month, case_type, fund_id, person_times, amount, workers)
         SELECT t.unit_id, $2, $3, $4, $5, $6, t.workers FROM unnest($1::uuid[], $7::bytea[]) AS t(unit_id, workers)
         ON CONFLICT (unit_id, month, case_type, fund_id) DO UPDATE SET
           person_times = disbursement_rollup.person_times + EXCLUDED.person_times,
           amount = disbursement_rollup.amount + EXCLUDED.amount,
           workers = EXCLUDED.workers`,
        values,
      );
    } else {
      // A reversal's cells exist: its payment made them.
      await manager.query(
        `UPDATE disbursement_rollup r SET person_times = r.person_times + $5, amount = r.amount + $6, workers = t.workers
         FROM unnest($1::uuid[], $7::bytea[]) AS t(unit_id, workers)
         WHERE r.unit_id = t.unit_id AND r.month = $2 AND r.case_type = $3 AND r.fund_id = $4`,
        values,
      );
    }
  }

  /** `placementOf` for many rows at once: two queries, whatever their number. */
  async placementsOf(manager: EntityManager, rows: readonly RolledUpPayment[]): Promise<RollupPlacements> {
    const unitIds = [...new Set(rows.map((row) => row.unitId))];
    const workerIds = [...new Set(rows.map((row) => row.workerId))];
    const [paths, seqs] = await Promise.all([
      manager.query<{ unit_id: string; path: string }[]>(
        `SELECT u.unit_id, u.unit_path AS path FROM ${UNIT_PATHS} u WHERE u.unit_id = ANY($1::uuid[])`,
        [unitIds],
      ),
      manager.query<{ worker_id: string; seq: string }[]>(
        `SELECT w.worker_id, w.worker_seq AS seq FROM ${WORKER_NUMBERS} w WHERE w.worker_id = ANY($1::uuid[])`,
        [workerIds],
      ),
    ]);
    return {
      paths: new Map(paths.map((p) => [p.unit_id, p.path])),
      seqs: new Map(seqs.map((w) => [w.worker_id, Number(w.seq)])),
    };
  }

  /**
   * Folds many new payments into the roll-up at once (a campaign batch's results): the rows are
   * grouped by cell, the cells are locked in one `SELECT … FOR UPDATE` (in the order `apply`
   * locks them), each cell's worker set is edited once, and one upsert writes them all. Like
   * `apply`, it runs after the fund's row is locked.
   */
  async applyPayments(
    manager: EntityManager,
    rows: readonly RolledUpPayment[],
    placements: RollupPlacements,
  ): Promise<void> {
    const changes = new Map<string, CellChange>();
    for (const row of rows) {
      if (row.amount <= 0) throw new Error('applyPayments folds in payments, never reversals');
      const path = placements.paths.get(row.unitId);
      const seq = placements.seqs.get(row.workerId);
      if (path === undefined || seq === undefined) throw new Error('a payment without its placement');
      const month = firstOfMonth(row.paidOn);
      for (const unitId of unitIdsOnPath(path)) {
        const name = cellName({ unit_id: unitId, month, case_type: row.caseType, fund_id: row.fundId });
        let change = changes.get(name);
        if (!change) {
          change = {
            unitId,
            month,
            caseType: row.caseType,
            fundId: row.fundId,
            personTimes: 0,
            amount: 0,
            members: [],
          };
          changes.set(name, change);
        }
        change.personTimes += 1;
        change.amount += row.amount;
        change.members.push(seq);
      }
    }
    const cells = [...changes.values()].sort((a, b) =>
      a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0,
    );
    if (cells.length === 0) return;
    const key = (c: { unit_id: string; month: string; case_type: string; fund_id: string }) => cellName(c);
    const locked = await manager.query<
      { unit_id: string; month: string; case_type: string; fund_id: string; workers: Buffer }[]
    >(
      `SELECT r.unit_id, to_char(r.month, 'YYYY-MM-DD') AS month, r.case_type, r.fund_id, r.workers
       FROM disbursement_rollup r
       JOIN unnest($1::uuid[], $2::date[], $3::varchar[], $4::uuid[]) AS t(unit_id, month, case_type, fund_id)
         ON r.unit_id = t.unit_id AND r.month = t.month AND r.case_type = t.case_type AND r.fund_id = t.fund_id
       ORDER BY r.unit_id FOR UPDATE OF r`,
      [
        cells.map((c) => c.unitId),
        cells.map((c) => c.month),
        cells.map((c) => c.caseType),
        cells.map((c) => c.fundId),
      ],
    );
    const stored = new Map(locked.map((cell) => [key(cell), cell.workers]));
    const workers: Buffer[] = [];
    for (const cell of cells) {
      const name = cellName({
        unit_id: cell.unitId,
        month: cell.month,
        case_type: cell.caseType,
        fund_id: cell.fundId,
      });
      workers.push(await addToWorkerSet(stored.get(name) ?? null, cell.members));
    }
    await manager.query(
      `INSERT INTO disbursement_rollup (unit_id, month, case_type, fund_id, person_times, amount, workers)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::varchar[], $4::uuid[], $5::int[], $6::bigint[], $7::bytea[])
       ON CONFLICT (unit_id, month, case_type, fund_id) DO UPDATE SET
         person_times = disbursement_rollup.person_times + EXCLUDED.person_times,
         amount = disbursement_rollup.amount + EXCLUDED.amount,
         workers = EXCLUDED.workers`,
      [
        cells.map((c) => c.unitId),
        cells.map((c) => c.month),
        cells.map((c) => c.caseType),
        cells.map((c) => c.fundId),
        cells.map((c) => c.personTimes),
        cells.map((c) => String(c.amount)),
        workers,
      ],
    );
  }

  /** Replaces every cell with one recomputed from the ledger, a month at a time. */
  async rebuild(manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM disbursement_rollup');
    for (const month of await this.months(manager)) {
      const cells = await this.compute(manager, month);
      const workers = await Promise.all(cells.map((cell) => storeWorkerSet(cell.workers ?? [])));
      await manager.query(
        `INSERT INTO disbursement_rollup (unit_id, month, case_type, fund_id, person_times, amount, workers)
         SELECT * FROM unnest($1::uuid[], $2::date[], $3::varchar[], $4::uuid[], $5::int[], $6::bigint[], $7::bytea[])`,
        [
          cells.map((c) => c.unit_id),
          cells.map((c) => c.month),
          cells.map((c) => c.case_type),
          cells.map((c) => c.fund_id),
          cells.map((c) => c.person_times),
          cells.map((c) => c.amount),
          workers,
        ],
      );
    }
  }

  /** Every cell whose stored figures or workers differ from the ledger's, and how many cells were checked. */
  async differences(manager: EntityManager): Promise<{ cells: number; differences: RollupDifference[] }> {
    const out: RollupDifference[] = [];
    let checked = 0;
    const storedMonths = await manager.query<{ month: string }[]>(
      `SELECT DISTINCT to_char(month, 'YYYY-MM-DD') AS month FROM disbursement_rollup`,
    );
    const months = new Set([...(await this.months(manager)), ...storedMonths.map((m) => m.month)]);
    for (const month of months) {
      const computed = new Map((await this.compute(manager, month)).map((c) => [cellName(c), c]));
      const stored = await manager.query<(Omit<ComputedCell, 'workers'> & { workers: Buffer })[]>(
        `SELECT unit_id, to_char(month, 'YYYY-MM-DD') AS month, case_type, fund_id, person_times, amount::text, workers
         FROM disbursement_rollup WHERE month = $1`,
        [month],
      );
      checked += stored.length;
      for (const cell of stored) {
        const name = cellName(cell);
        const expected = computed.get(name) ?? { person_times: 0, amount: '0', workers: [] };
        computed.delete(name);
        const differ = (field: RollupDifference['field'], was: number, is: number) => {
          if (was !== is) out.push({ cell: name, field, stored: was, computed: is });
        };
        differ('personTimes', cell.person_times, expected.person_times);
        differ('amount', Number(cell.amount), Number(expected.amount));
        const expectedWorkers = await storeWorkerSet(expected.workers ?? []);
        if (!(await sameWorkerSets(cell.workers, expectedWorkers))) {
          // Same size, other members is a difference too, so this one is recorded whatever the sizes.
          const size = await workerSetSize(cell.workers);
          out.push({ cell: name, field: 'persons', stored: size, computed: expected.workers?.length ?? 0 });
        }
      }
      for (const [name, cell] of computed) {
        out.push({ cell: name, field: 'personTimes', stored: 0, computed: cell.person_times });
      }
    }
    return { cells: checked, differences: out };
  }

  private async months(manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ month: string }[]>(
      `SELECT DISTINCT to_char(date_trunc('month', paid_on), 'YYYY-MM-DD') AS month FROM disbursement ORDER BY 1`,
    );
    return rows.map((r) => r.month);
  }

  /** The cells of one month as the ledger has them: each payment counted for its unit and every ancestor. */
  private compute(manager: EntityManager, month: string): Promise<ComputedCell[]> {
    return manager.query<ComputedCell[]>(
      `WITH per_worker AS (
         SELECT d.unit_id, d.case_type, d.fund_id, d.worker_id,
                sum(sign(d.amount))::int AS person_times, sum(d.amount) AS amount,
                bool_or(d.amount > 0 AND r.id IS NULL) AS still_paid
         FROM disbursement d LEFT JOIN disbursement r ON r.reverses_id = d.id
         WHERE d.paid_on >= $1::date AND d.paid_on < $1::date + interval '1 month'
         GROUP BY 1, 2, 3, 4)
       SELECT a.ancestor_id AS unit_id, to_char($1::date, 'YYYY-MM-DD') AS month, p.case_type, p.fund_id,
              sum(p.person_times)::int AS person_times, sum(p.amount)::text AS amount,
              array_agg(DISTINCT w.worker_seq::int) FILTER (WHERE p.still_paid) AS workers
       FROM per_worker p
       JOIN ${UNIT_AND_ANCESTORS} a ON a.unit_id = p.unit_id
       JOIN ${WORKER_NUMBERS} w ON w.worker_id = p.worker_id
       GROUP BY a.ancestor_id, p.case_type, p.fund_id`,
      [month],
    );
  }

  private async pathsStillPaid(manager: EntityManager, row: Disbursement, month: string): Promise<string[]> {
    const rows = await manager.query<{ path: string }[]>(
      `SELECT DISTINCT u.unit_path AS path FROM disbursement d JOIN ${UNIT_PATHS} u ON u.unit_id = d.unit_id
       WHERE d.worker_id = $1 AND d.case_type = $2 AND d.fund_id = $3
         AND d.paid_on >= $4::date AND d.paid_on < $4::date + interval '1 month'
         AND d.amount > 0 AND NOT EXISTS (SELECT 1 FROM disbursement r WHERE r.reverses_id = d.id)`,
      [row.workerId, row.caseType, row.fundId, month],
    );
    return rows.map((r) => r.path);
  }
}
