import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { IMPORT_PROBLEMS_SHOWN, type ImportRowResult, type ImportStatus } from '@worker-aid/shared/domain';
import { decodeSequenceCursor, fieldKeyring, type ListScope, rowsForPage } from '@worker-aid/api/core';
import { IMPORT_ENCRYPTED } from './import-encryption';
import { WorkerImport } from './worker-import.entity';
import { WorkerImportRow, type StoredProblem } from './worker-import-row.entity';
import type { ImportQueryDto } from './import.dto';
import type { RowCells } from './rows/row-cells';

/** A row as the check stores it. */
export interface CheckedRowRecord {
  rowNumber: number;
  result: ImportRowResult;
  problems: StoredProblem[];
  cells: RowCells;
  unitId: string | null;
}

/** What a job reads of its import. */
export interface ClaimedImport {
  id: string;
  unitId: string;
  createdBy: string;
  format: WorkerImport['format'];
}

/** Every query of `worker_import` and `worker_import_row`, which the imports feature owns. */
@Injectable()
export class ImportQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  page(scope: ListScope, query: ImportQueryDto): Promise<WorkerImport[]> {
    const qb = this.dataSource
      .getRepository(WorkerImport)
      .createQueryBuilder('i')
      .orderBy('i.listSeq', 'DESC')
      .limit(rowsForPage(query.limit));
    scope.applyTo(qb, 'i.unit_id');
    if (query.cursor) qb.andWhere('i.listSeq < :after', { after: decodeSequenceCursor(query.cursor) });
    return qb.getMany();
  }

  async insert(manager: EntityManager, values: Partial<WorkerImport>): Promise<WorkerImport> {
    const entity = manager.create(WorkerImport, values);
    await manager.save(entity);
    return entity;
  }

  reload(id: string, manager: EntityManager = this.dataSource.manager): Promise<WorkerImport> {
    return manager.findOneByOrFail(WorkerImport, { id });
  }

  /** The first problems, in sheet order. */
  async problems(importId: string): Promise<(StoredProblem & { row: number })[]> {
    const rows = await this.dataSource.query<{ row_number: number; problems: StoredProblem[] }[]>(
      `SELECT row_number, problems FROM worker_import_row
       WHERE import_id = $1 AND jsonb_array_length(problems) > 0
       ORDER BY row_number LIMIT $2`,
      [importId, IMPORT_PROBLEMS_SHOWN],
    );
    return rows
      .flatMap((row) => row.problems.map((p) => ({ row: row.row_number, ...p })))
      .slice(0, IMPORT_PROBLEMS_SHOWN);
  }

  /**
   * Makes `jobId` the import's runner if the import is in one of `statuses` and no other job
   * holds it (or the one that does has not reported for `staleSeconds`). Null when not claimed.
   */
  async claim(
    importId: string,
    jobId: string,
    statuses: readonly ImportStatus[],
    staleSeconds: number,
    set: { status?: ImportStatus } = {},
  ): Promise<ClaimedImport | null> {
    const rows = await this.dataSource.query<
      { id: string; unit_id: string; created_by: string; format: WorkerImport['format'] }[][]
    >(
      `UPDATE worker_import SET runner = $2, heartbeat_at = now(), updated_at = now(),
         status = COALESCE($5, status)
       WHERE id = $1 AND status = ANY($3)
         AND (runner IS NULL OR runner = $2 OR heartbeat_at < now() - make_interval(secs => $4))
       RETURNING id, unit_id, created_by, format`,
      [importId, jobId, statuses, staleSeconds, set.status ?? null],
    );
    const row = rows[0]?.[0];
    return row ? { id: row.id, unitId: row.unit_id, createdBy: row.created_by, format: row.format } : null;
  }

  /** Locks the import for a batch; false when another job has taken it over. */
  async stillRunner(manager: EntityManager, importId: string, jobId: string): Promise<boolean> {
    const rows = await manager.query<{ runner: string | null }[]>(
      'SELECT runner FROM worker_import WHERE id = $1 FOR UPDATE',
      [importId],
    );
    return rows[0]?.runner === jobId;
  }

  async content(importId: string): Promise<Buffer | null> {
    const rows = await this.dataSource.query<{ content_encrypted: Buffer | null }[]>(
      'SELECT content_encrypted FROM worker_import WHERE id = $1',
      [importId],
    );
    const stored = rows[0]?.content_encrypted;
    return stored ? fieldKeyring().decryptBytes(stored, IMPORT_ENCRYPTED.content) : null;
  }

  /** A fresh start of the check: earlier rows and counts of this import go. */
  async restartCheck(manager: EntityManager, importId: string): Promise<void> {
    await manager.query('DELETE FROM worker_import_row WHERE import_id = $1', [importId]);
    await manager.query(
      `UPDATE worker_import SET processed = 0, valid = 0, invalid = 0, duplicates = 0 WHERE id = $1`,
      [importId],
    );
  }

  async insertRows(
    manager: EntityManager,
    importId: string,
    rows: readonly CheckedRowRecord[],
  ): Promise<void> {
    if (rows.length === 0) return;
    const keyring = fieldKeyring();
    await manager
      .createQueryBuilder()
      .insert()
      .into(WorkerImportRow)
      .values(
        rows.map((row) =>
          manager.create(WorkerImportRow, {
            importId,
            rowNumber: row.rowNumber,
            result: row.result,
            problems: row.problems,
            cellsEncrypted: keyring.encrypt(JSON.stringify(row.cells), IMPORT_ENCRYPTED.rowCells),
            unitId: row.unitId,
            workerId: null,
          }),
        ) as never,
      )
      .updateEntity(false)
      .execute();
  }

  async addCounts(
    manager: EntityManager,
    importId: string,
    counts: { processed: number; valid?: number; invalid?: number; duplicates?: number; imported?: number },
  ): Promise<void> {
    await manager.query(
      `UPDATE worker_import SET processed = processed + $2, valid = valid + $3, invalid = invalid + $4,
         duplicates = duplicates + $5, imported = imported + $6, heartbeat_at = now(), updated_at = now()
       WHERE id = $1`,
      [
        importId,
        counts.processed,
        counts.valid ?? 0,
        counts.invalid ?? 0,
        counts.duplicates ?? 0,
        counts.imported ?? 0,
      ],
    );
  }

  /** The check is over: the sheet itself is no longer kept. */
  async finishCheck(manager: EntityManager, importId: string): Promise<void> {
    await manager.query(
      `UPDATE worker_import SET status = 'validated', validated_at = now(), content_encrypted = NULL,
         runner = NULL, heartbeat_at = NULL, updated_at = now()
       WHERE id = $1`,
      [importId],
    );
  }

  async fail(importId: string, failure: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE worker_import SET status = 'failed', failure = $2, content_encrypted = NULL, runner = NULL,
         finished_at = now(), updated_at = now()
       WHERE id = $1`,
      [importId, failure],
    );
  }

  /** The next valid rows to register, locked for the batch. */
  async nextValidRows(
    manager: EntityManager,
    importId: string,
    limit: number,
  ): Promise<{ rowNumber: number; cells: RowCells; unitId: string | null }[]> {
    const rows = await manager.query<
      { row_number: number; cells_encrypted: string; unit_id: string | null }[]
    >(
      `SELECT row_number, cells_encrypted, unit_id FROM worker_import_row
       WHERE import_id = $1 AND result = 'valid' ORDER BY row_number LIMIT $2 FOR UPDATE`,
      [importId, limit],
    );
    const keyring = fieldKeyring();
    return rows.map((row) => ({
      rowNumber: row.row_number,
      unitId: row.unit_id,
      cells: JSON.parse(keyring.decrypt(row.cells_encrypted, IMPORT_ENCRYPTED.rowCells)) as RowCells,
    }));
  }

  async markImported(
    manager: EntityManager,
    importId: string,
    workers: ReadonlyMap<number, string>,
  ): Promise<void> {
    if (workers.size === 0) return;
    await manager.query(
      `UPDATE worker_import_row r SET result = 'imported', worker_id = w.worker_id
       FROM unnest($2::int[], $3::uuid[]) AS w(row_number, worker_id)
       WHERE r.import_id = $1 AND r.row_number = w.row_number`,
      [importId, [...workers.keys()], [...workers.values()]],
    );
  }

  async markDuplicates(
    manager: EntityManager,
    importId: string,
    rowNumbers: readonly number[],
    problem: StoredProblem,
  ): Promise<void> {
    if (rowNumbers.length === 0) return;
    await manager.query(
      `UPDATE worker_import_row SET result = 'duplicate', problems = $3::jsonb
       WHERE import_id = $1 AND row_number = ANY($2::int[])`,
      [importId, rowNumbers, JSON.stringify([problem])],
    );
  }

  async finishCommit(manager: EntityManager, importId: string): Promise<void> {
    await manager.query(
      `UPDATE worker_import SET status = 'done', finished_at = now(), runner = NULL, heartbeat_at = NULL,
         updated_at = now()
       WHERE id = $1`,
      [importId],
    );
  }

  /** Every row for the report, in sheet order, a page at a time. */
  async *reportRows(importId: string): AsyncGenerator<{
    rowNumber: number;
    result: ImportRowResult;
    problems: StoredProblem[];
    cells: RowCells;
  }> {
    const keyring = fieldKeyring();
    let after = 0;
    for (;;) {
      const rows = await this.dataSource.query<
        { row_number: number; result: ImportRowResult; problems: StoredProblem[]; cells_encrypted: string }[]
      >(
        `SELECT row_number, result, problems, cells_encrypted FROM worker_import_row
         WHERE import_id = $1 AND row_number > $2 ORDER BY row_number LIMIT 1000`,
        [importId, after],
      );
      for (const row of rows) {
        yield {
          rowNumber: row.row_number,
          result: row.result,
          problems: row.problems,
          cells: JSON.parse(keyring.decrypt(row.cells_encrypted, IMPORT_ENCRYPTED.rowCells)) as RowCells,
        };
      }
      if (rows.length < 1000) return;
      after = rows[rows.length - 1].row_number;
    }
  }

  /** Busy imports whose job has not reported for `staleSeconds`: the recovery starts them again. */
  async stale(staleSeconds: number): Promise<{ id: string; status: ImportStatus }[]> {
    return this.dataSource.query(
      `SELECT id, status FROM worker_import
       WHERE status IN ('queued', 'validating', 'importing')
         AND COALESCE(heartbeat_at, updated_at) < now() - make_interval(secs => $1)`,
      [staleSeconds],
    );
  }

  /** Rows and sheets of imports finished more than `days` ago are deleted; the import itself stays. */
  async purgeRows(days: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM worker_import_row r USING worker_import i
       WHERE r.import_id = i.id AND COALESCE(i.finished_at, i.validated_at) < now() - make_interval(days => $1)`,
      [days],
    );
  }
}
