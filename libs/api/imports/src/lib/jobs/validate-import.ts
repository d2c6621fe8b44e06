import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IMPORT_MAX_ROWS, type WorkerImportColumn } from '@worker-aid/shared/domain';
import { APP_CONFIG, type AppConfig, readSheetRows } from '@worker-aid/api/core';
import { UnitsService } from '@worker-aid/api/units';
import { idNumberIndex, WorkersService } from '@worker-aid/api/workers';
import { type CheckedRowRecord, type ClaimedImport, ImportQueries } from '../import.queries';
import { checkRow } from '../rows/check-row';
import { isEmptyRow, rowCells } from '../rows/row-cells';
import { isWorkerTemplateExample } from '../sheets/worker-template-example';
import { sheetColumns } from '../upload/scan-sheet';

/** Rows checked and stored per transaction; the progress bar moves by this much. */
const BATCH = 1000;

/**
 * The background check of an uploaded sheet: every row through the rules of registering a
 * worker, then the duplicates (earlier in the sheet, or already registered). It changes nothing
 * but the import's own rows. Run again after a crash, it starts over.
 */
@Injectable()
export class ImportValidator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: ImportQueries,
    private readonly units: UnitsService,
    private readonly workers: WorkersService,
  ) {}

  async run(importId: string, jobId: string): Promise<void> {
    const claimed = await this.queries.claim(
      importId,
      jobId,
      ['queued', 'validating'],
      this.config.jobs.staleSeconds,
      {
        status: 'validating',
      },
    );
    if (!claimed) return;
    const content = await this.queries.content(importId);
    if (!content) return;
    await this.dataSource.transaction((manager) => this.queries.restartCheck(manager, importId));
    const unitIds = new Map(
      (await this.units.subtreeOf(claimed.unitId)).map((unit) => [unit.code.toUpperCase(), unit.id]),
    );
    const check = new SheetCheck(unitIds);
    let columns: (WorkerImportColumn | null)[] | null = null;
    for await (const row of readSheetRows(content, claimed.format, { maxRows: IMPORT_MAX_ROWS })) {
      if (columns === null) {
        columns = sheetColumns(row.cells);
        continue;
      }
      const read = rowCells(row.cells, columns);
      if (isEmptyRow(read.cells) || isWorkerTemplateExample(read.cells)) continue;
      check.add(row.row, read);
      if (check.pending.length >= BATCH && !(await this.store(claimed, jobId, check))) return;
    }
    if (!(await this.store(claimed, jobId, check))) return;
    await this.dataSource.transaction(async (manager) => {
      if (await this.queries.stillRunner(manager, importId, jobId))
        await this.queries.finishCheck(manager, importId);
    });
  }

  /** Finds the already registered among the batch, then stores it; false when another job took over. */
  private async store(claimed: ClaimedImport, jobId: string, check: SheetCheck): Promise<boolean> {
    const batch = check.take();
    const candidates = batch.filter((row) => row.result === 'valid' && row.index);
    const registered = await this.workers.registeredAmong(candidates.map((row) => row.index as Buffer));
    for (const row of candidates) {
      if (registered.has((row.index as Buffer).toString('hex'))) {
        row.result = 'duplicate';
        row.problems = [{ field: 'idNumber', code: 'already_registered', message: 'is already registered' }];
      }
    }
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.queries.stillRunner(manager, claimed.id, jobId))) return false;
      await this.queries.insertRows(manager, claimed.id, batch);
      await this.queries.addCounts(manager, claimed.id, {
        processed: batch.length,
        valid: batch.filter((row) => row.result === 'valid').length,
        invalid: batch.filter((row) => row.result === 'invalid').length,
        duplicates: batch.filter((row) => row.result === 'duplicate').length,
      });
      return true;
    });
  }
}

type PendingRow = CheckedRowRecord & { index: Buffer | null };

/** The rows checked so far, and the identity numbers already seen in the sheet. */
class SheetCheck {
  pending: PendingRow[] = [];
  private readonly seen = new Map<string, number>();

  constructor(private readonly unitIds: ReadonlyMap<string, string>) {}

  add(rowNumber: number, read: ReturnType<typeof rowCells>): void {
    const checked = checkRow(read, this.unitIds);
    const idNumber = checked.ok ? checked.worker.idNumber : checked.idNumber;
    const index = idNumber ? idNumberIndex(idNumber) : null;
    const key = index?.toString('hex');
    const earlier = key === undefined ? undefined : this.seen.get(key);
    if (key !== undefined && earlier === undefined) this.seen.set(key, rowNumber);
    const row: PendingRow = {
      rowNumber,
      cells: read.cells,
      unitId: checked.ok ? checked.worker.unitId : null,
      index,
      result: checked.ok ? 'valid' : 'invalid',
      problems: checked.problems,
    };
    // An invalid row counts as invalid only.
    if (checked.ok && earlier !== undefined) {
      row.result = 'duplicate';
      row.problems = [
        { field: 'idNumber', code: 'duplicate_in_sheet', message: `is the same as row ${earlier}` },
      ];
    }
    this.pending.push(row);
  }

  take(): PendingRow[] {
    const batch = this.pending;
    this.pending = [];
    return batch;
  }
}
