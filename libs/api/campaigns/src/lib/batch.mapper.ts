import type { BatchView } from '@worker-aid/shared/domain';
import type { BatchFigures, BatchRecord } from './batch.queries';

const NOTHING_DECIDED: BatchFigures = { paidLines: 0, paidAmount: 0, failedLines: 0, pendingLines: 0 };

export function toBatchView(batch: BatchRecord, figures: BatchFigures = NOTHING_DECIDED): BatchView {
  return {
    id: batch.id,
    campaignId: batch.campaignId,
    number: batch.number,
    method: batch.method,
    status: batch.status,
    layoutId: batch.layoutId,
    lines: batch.lineCount,
    amount: batch.amount,
    paidLines: figures.paidLines,
    paidAmount: figures.paidAmount,
    failedLines: figures.failedLines,
    pendingLines: figures.pendingLines,
    bankFileDownloads: batch.bankFileDownloads,
    createdBy: batch.createdBy,
    createdAt: new Date(batch.createdAt).toISOString(),
  };
}
