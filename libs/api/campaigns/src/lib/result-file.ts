import { BATCH_FAILURE_MAX_LENGTH, BATCH_MAX_LINES, type BankLayoutRequest } from '@worker-aid/shared/domain';
import {
  apiError,
  inspectSheetUpload,
  mapHeadings,
  normalHeading,
  readSheetRows,
  type SheetValue,
} from '@worker-aid/api/core';

/** A row of a bank's result file (回盘), as read: the line's number (序号) and what the bank says. */
export interface ResultFileRow {
  row: number;
  /** Null when the cell holds no whole number. */
  lineNo: number | null;
  paid: boolean;
  failure: string | null;
  /** Fen in the amount column, if the file has one; NaN when the cell is not an amount. */
  amount?: number;
}

type ResultKey = 'lineRef' | 'status' | 'reason' | 'amount';

/**
 * Reads a bank's result file with the layout's `resultColumns`, through the spreadsheet reader's
 * safety checks (content sniffed, zip bombs, row limit, cells as data only). Headings missing →
 * 400 `batch.result_file` naming them in `missing`. A status equal to the layout's paid value
 * means paid; anything else failed, with the reason column (or the status) as the failure.
 */
export async function readResultFile(content: Buffer, layout: BankLayoutRequest): Promise<ResultFileRow[]> {
  const format = await inspectSheetUpload(content);
  const words: Record<ResultKey, string> = {
    lineRef: layout.resultColumns.lineRef,
    status: layout.resultColumns.status,
    reason: layout.resultColumns.reason,
    amount: layout.columns.find((column) => column.field === 'amount')?.heading ?? '金额',
  };
  const paidValue = normalHeading(layout.resultColumns.paidValue);
  let columns: (ResultKey | null)[] | null = null;
  const rows: ResultFileRow[] = [];
  for await (const { row, cells } of readSheetRows(content, format, { maxRows: BATCH_MAX_LINES })) {
    if (!columns) {
      const headings = mapHeadings<ResultKey>(cells, { layout: words }, ['lineRef', 'status']);
      if (headings.missing.length > 0) {
        throw apiError(
          'batch.result_file',
          `missing headings: ${headings.missing.map((key) => words[key]).join(', ')}`,
          {
            missing: headings.missing.map((key) => words[key]),
          },
        );
      }
      columns = headings.columns;
      continue;
    }
    const cell = (key: ResultKey): SheetValue => {
      const index = columns?.indexOf(key) ?? -1;
      return index < 0 ? null : (cells[index] ?? null);
    };
    const status = text(cell('status'));
    const paid = normalHeading(status) === paidValue;
    const hasAmount = columns.includes('amount') && cell('amount') !== null && text(cell('amount')) !== '';
    rows.push({
      row,
      lineNo: wholeNumber(cell('lineRef')),
      paid,
      failure: paid ? null : (text(cell('reason')) || status || '失败').slice(0, BATCH_FAILURE_MAX_LENGTH),
      ...(hasAmount ? { amount: fenOf(cell('amount')) } : {}),
    });
  }
  if (!columns)
    throw apiError('batch.result_file', 'the file has no headings', {
      missing: [words.lineRef, words.status],
    });
  return rows;
}

function text(value: SheetValue): string {
  return value === null ? '' : String(value).trim();
}

function wholeNumber(value: SheetValue): number | null {
  const digits = text(value);
  return /^\d{1,9}$/.test(digits) ? Number(digits) : null;
}

/** `800.00`, `800` or the number 800 → 80000 fen; anything else NaN. */
export function fenOf(value: SheetValue): number {
  const written = typeof value === 'number' ? value.toFixed(2) : text(value).replace(/,/g, '');
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(written);
  if (!match) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
