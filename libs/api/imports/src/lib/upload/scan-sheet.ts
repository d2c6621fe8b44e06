import {
  IMPORT_MAX_ROWS,
  WORKER_IMPORT_HEADINGS,
  WORKER_IMPORT_REQUIRED_COLUMNS,
  type WorkerImportColumn,
} from '@worker-aid/shared/domain';
import {
  apiError,
  mapHeadings,
  readSheetRows,
  type SheetFormat,
  type SheetValue,
} from '@worker-aid/api/core';
import { isEmptyRow, rowCells } from '../rows/row-cells';
import { isWorkerTemplateExample } from '../sheets/worker-template-example';

/** The columns named by row 1's headings (either language's); 400 `import.headings` when a required one is missing. */
export function sheetColumns(headings: readonly SheetValue[]): (WorkerImportColumn | null)[] {
  const { columns, missing } = mapHeadings(headings, WORKER_IMPORT_HEADINGS, WORKER_IMPORT_REQUIRED_COLUMNS);
  if (missing.length > 0) {
    throw apiError('import.headings', `file: row 1 lacks the headings ${missing.join(', ')}`, { missing });
  }
  return columns;
}

/**
 * The quick read at upload, before anything is stored: headings in row 1, at least one row below
 * them, at most 20,000 (`readSheetRows` stops at the first row past that). Answers the number of
 * data rows (an untouched example row of the template is not one).
 */
export async function scanSheet(content: Buffer, format: SheetFormat): Promise<number> {
  let columns: (WorkerImportColumn | null)[] | null = null;
  let total = 0;
  for await (const row of readSheetRows(content, format, { maxRows: IMPORT_MAX_ROWS })) {
    if (columns === null) {
      if (row.row !== 1)
        throw apiError('import.headings', 'file: row 1 must hold the headings', {
          missing: [...WORKER_IMPORT_REQUIRED_COLUMNS],
        });
      columns = sheetColumns(row.cells);
      continue;
    }
    const read = rowCells(row.cells, columns);
    if (!isEmptyRow(read.cells) && !isWorkerTemplateExample(read.cells)) total++;
  }
  if (columns === null || total === 0) throw apiError('import.empty', 'file: no rows below the headings');
  return total;
}
