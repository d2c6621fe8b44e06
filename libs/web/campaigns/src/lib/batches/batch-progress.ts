import type { BatchLineView, BatchView } from '@worker-aid/shared/domain';

/** One part of a batch's progress bar: how many lines, and its share of the bar in percent. */
export interface ProgressPart {
  lines: number;
  /** Width on the bar, 0–100 (not rounded: the parts fill the bar exactly). */
  share: number;
}

/** What the batch page's progress bar and legend show. */
export interface BatchProgress {
  paid: ProgressPart;
  failed: ProgressPart;
  pending: ProgressPart;
  /** Lines paid and then reversed: neither paid nor to be paid in this batch any more. */
  reversed: ProgressPart;
  /** Whole percent of the lines paid, rounded down: 100 only when every line is. */
  paidPercent: number;
  amount: number;
  paidAmount: number;
  /** Fen still to pay in this batch (lines pending or failed). */
  unpaidAmount: number;
}

function part(lines: number, of: number): ProgressPart {
  return { lines, share: of > 0 ? (100 * lines) / of : 0 };
}

/** The figures of a batch's progress from its counts. */
export function batchProgress(batch: BatchView): BatchProgress {
  const { lines, paidLines, failedLines, pendingLines } = batch;
  const reversed = Math.max(0, lines - paidLines - failedLines - pendingLines);
  return {
    paid: part(paidLines, lines),
    failed: part(failedLines, lines),
    pending: part(pendingLines, lines),
    reversed: part(reversed, lines),
    paidPercent: lines > 0 ? Math.floor((100 * paidLines) / lines) : 0,
    amount: batch.amount,
    paidAmount: batch.paidAmount,
    unpaidAmount: Math.max(0, batch.amount - batch.paidAmount),
  };
}

/** A cash or in-kind batch's lines that may be signed for: those still pending. */
export function receivable(line: BatchLineView): boolean {
  return line.outcome === 'pending';
}

/**
 * The lines a follow-up batch (失败重发) takes: failed in this batch and still unpaid — not since
 * put in another batch, paid or excluded.
 */
export function followUpLineIds(lines: readonly BatchLineView[]): string[] {
  return lines.filter((line) => line.outcome === 'failed' && line.status === 'unpaid').map((line) => line.id);
}

/** Whether the batch's method is paid through a bank file (else signed for on a receipt sheet). */
export function isBankBatch(batch: Pick<BatchView, 'method'>): boolean {
  return batch.method === 'bank';
}
