import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@worker-aid/api/core';
import { idNumberIndex, type NewWorker, WorkersService } from '@worker-aid/api/workers';
import { ImportQueries } from '../import.queries';
import { checkRow } from '../rows/check-row';

/** Workers registered per transaction. */
const BATCH = 500;

/**
 * The commit of a checked import: its valid rows registered batch by batch. Each batch registers
 * its workers and marks its rows imported in one transaction, so a crash loses or keeps a whole
 * batch and a later run goes on from the first row still valid; a number registered since the
 * check is skipped (the worker table's unique blind index decides) and its row becomes a duplicate.
 */
@Injectable()
export class ImportCommitter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: ImportQueries,
    private readonly workers: WorkersService,
  ) {}

  async run(importId: string, jobId: string): Promise<void> {
    const claimed = await this.queries.claim(importId, jobId, ['importing'], this.config.jobs.staleSeconds);
    if (!claimed) return;
    for (;;) {
      const more = await this.dataSource.transaction(async (manager) => {
        if (!(await this.queries.stillRunner(manager, importId, jobId))) return false;
        const rows = await this.queries.nextValidRows(manager, importId, BATCH);
        if (rows.length === 0) {
          await this.queries.finishCommit(manager, importId);
          return false;
        }
        const workers = new Map<number, NewWorker>();
        for (const row of rows) {
          // Checked again: the same rules, and a unit code still in the uploader's scope.
          const unitIds = new Map(row.unitId ? [[(row.cells.unitCode ?? '').toUpperCase(), row.unitId]] : []);
          const checked = checkRow({ cells: row.cells, lostDigits: [] }, unitIds);
          if (checked.ok) workers.set(row.rowNumber, checked.worker);
        }
        const registered = await this.workers.registerMany(
          manager,
          claimed.createdBy,
          [...workers.values()],
          {
            importId,
          },
        );
        const imported = new Map<number, string>();
        for (const [rowNumber, worker] of workers) {
          const id = registered.get(idNumberIndex(worker.idNumber).toString('hex'));
          if (id) imported.set(rowNumber, id);
        }
        const skipped = rows.map((row) => row.rowNumber).filter((rowNumber) => !imported.has(rowNumber));
        await this.queries.markImported(manager, importId, imported);
        await this.queries.markDuplicates(manager, importId, skipped, {
          field: 'idNumber',
          code: 'already_registered',
          message: 'was registered after the check',
        });
        await this.queries.addCounts(manager, importId, { processed: rows.length, imported: imported.size });
        return true;
      });
      if (!more) return;
    }
  }
}
