import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IMPORT_ROW_RESULTS, type ImportRowResult, type WorkerImportColumn } from '@worker-aid/shared/domain';
import { sqlIn } from '@worker-aid/api/core';
import { WorkerImport } from './worker-import.entity';

/** A problem of a row as stored: the message is the API's English one, clients translate the code. */
export interface StoredProblem {
  field: WorkerImportColumn;
  code: string;
  message: string;
}

/**
 * One row of an uploaded sheet with what the check found. Its cells are kept encrypted (they
 * hold identity numbers) for the commit and the report. The commit registers `valid` rows and
 * marks them `imported` with their worker, batch by batch, in the batch's transaction.
 */
@Entity('worker_import_row')
@Check('worker_import_row_result_check', sqlIn('result', IMPORT_ROW_RESULTS))
@Check('worker_import_row_imported_check', `("result" = 'imported') = ("worker_id" IS NOT NULL)`)
@Index('worker_import_row_valid_idx', ['importId', 'rowNumber'], { where: `"result" = 'valid'` })
export class WorkerImportRow {
  @PrimaryColumn({ name: 'import_id', type: 'uuid', primaryKeyConstraintName: 'PK_worker_import_row' })
  importId!: string;

  @ManyToOne(() => WorkerImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'worker_import_row_import_fkey' })
  workerImport?: WorkerImport;

  /** The sheet's row number (the headings are row 1). */
  @PrimaryColumn({ name: 'row_number', type: 'integer', primaryKeyConstraintName: 'PK_worker_import_row' })
  rowNumber!: number;

  @Column({ type: 'varchar', length: 10 })
  result!: ImportRowResult;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  problems!: StoredProblem[];

  /** The row's cells by column key, as JSON, encrypted. */
  @Column({ name: 'cells_encrypted', type: 'text' })
  cellsEncrypted!: string;

  /** The unit the row's code named, when it is one in scope. */
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  /** The worker the commit registered from this row. */
  @Column({ name: 'worker_id', type: 'uuid', nullable: true })
  workerId!: string | null;
}
