/**
 * The rows of an uploaded sheet (xlsx: its first worksheet; csv: its records), streamed.
 * Defends against sheets too long to check: a row numbered past the limit, even an empty one
 * (a sheet of a million empty rows), stops the reading at once with `import.too_many_rows`.
 * Cells are always data, never formulas (see xlsx-rows.ts and csv-rows.ts); damaged content is
 * `import.corrupt`.
 */
import { apiError } from '../errors/api-error';
import { readCsvRows } from './csv-rows';
import type { SheetFormat, SheetRow } from './sheet-value';
import { readXlsxRows } from './xlsx-rows';

export interface SheetRowsOptions {
  /** The most rows below the headings (row 1) the sheet may have. */
  maxRows: number;
}

/** The sheet's rows that hold a value, in order, each with its row number (the headings are row 1). */
export async function* readSheetRows(
  content: Buffer,
  format: SheetFormat,
  options: SheetRowsOptions,
): AsyncGenerator<SheetRow> {
  const rows = format === 'xlsx' ? readXlsxRows(content) : readCsvRows(content);
  for await (const { row, cells } of rows) {
    if (row > options.maxRows + 1) {
      throw apiError(
        'import.too_many_rows',
        `The sheet has more than ${options.maxRows} rows below its headings (empty ones count).`,
      );
    }
    if (cells.length > 0) yield { row, cells };
  }
}
