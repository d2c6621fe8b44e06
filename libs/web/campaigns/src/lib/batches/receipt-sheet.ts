import type { BatchLineView } from '@worker-aid/shared/domain';

/** One row of the 签收表. */
export interface ReceiptRow {
  /** 1, 2, … down the sheet. */
  index: number;
  lineId: string;
  /** The roster's 序号, to find the line again. */
  lineNo: number;
  name: string;
  /** Masked: 341102********123X. */
  idNumber: string;
  /** Fen, as the batch carries it. */
  amount: number;
  /** The day it was received, once recorded; blank to be written by hand. */
  receivedOn: string | null;
}

export interface ReceiptSheet {
  rows: ReceiptRow[];
  lines: number;
  /** Fen of all rows. */
  amount: number;
}

/**
 * The rows of a cash or in-kind batch's signed-receipt sheet: the lines to hand out or already
 * handed out, in line order. Failed or reversed lines are not handed out by this batch.
 */
export function receiptSheet(lines: readonly BatchLineView[]): ReceiptSheet {
  const rows = lines
    .filter((line) => line.outcome === 'pending' || line.outcome === 'paid')
    .sort((a, b) => a.lineNo - b.lineNo)
    .map(
      (line, i): ReceiptRow => ({
        index: i + 1,
        lineId: line.id,
        lineNo: line.lineNo,
        name: line.workerName,
        idNumber: line.idNumber,
        amount: line.batchAmount,
        receivedOn: line.outcome === 'paid' ? line.paidOn : null,
      }),
    );
  return { rows, lines: rows.length, amount: rows.reduce((sum, row) => sum + row.amount, 0) };
}
