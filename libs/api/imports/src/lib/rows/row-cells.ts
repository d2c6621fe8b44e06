import { WORKER_IMPORT_COLUMNS, type WorkerImportColumn } from '@worker-aid/shared/domain';
import type { SheetValue } from '@worker-aid/api/core';

/** A row's cells by column, as text: what is checked, kept (encrypted) and written back in the report. */
export type RowCells = Partial<Record<WorkerImportColumn, string>>;

/** Columns whose numbers are long digit strings: Excel keeps 15 significant digits of a number only. */
const DIGIT_COLUMNS: readonly WorkerImportColumn[] = ['idNumber', 'phone', 'bankAccount'];

/** A number past this lost digits when Excel stored it (2^53). */
const EXACT_LIMIT = Number.MAX_SAFE_INTEGER;

export interface ReadCells {
  cells: RowCells;
  /** Columns whose long number was stored as a number and lost digits. */
  lostDigits: WorkerImportColumn[];
}

/** The sheet's values under their columns (headings mapped by `columns`), every value as text. */
export function rowCells(
  values: readonly SheetValue[],
  columns: readonly (WorkerImportColumn | null)[],
): ReadCells {
  const cells: RowCells = {};
  const lostDigits: WorkerImportColumn[] = [];
  columns.forEach((column, index) => {
    const value = values[index];
    if (!column || value === null || value === undefined || column in cells) return;
    if (typeof value === 'number' && DIGIT_COLUMNS.includes(column) && Math.abs(value) > EXACT_LIMIT) {
      lostDigits.push(column);
    }
    const text = cellText(value);
    if (text !== '') cells[column] = text;
  });
  return { cells, lostDigits };
}

function cellText(value: SheetValue): string {
  if (typeof value === 'number') {
    // An integer typed into a numeric cell (a phone number) reads without exponent or fraction.
    return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  }
  return String(value).trim();
}

export function isEmptyRow(cells: RowCells): boolean {
  return WORKER_IMPORT_COLUMNS.every((column) => cells[column] === undefined);
}
