import { aBatch, aBatchLine } from '../../testing/batch-fixtures';
import { batchProgress, followUpLineIds, isBankBatch, receivable } from './batch-progress';

describe('batchProgress', () => {
  it('splits the bar between paid, failed and pending lines, and says what is left to pay', () => {
    const progress = batchProgress(aBatch());
    expect(progress.paid).toEqual({ lines: 2, share: 50 });
    expect(progress.failed).toEqual({ lines: 1, share: 25 });
    expect(progress.pending).toEqual({ lines: 1, share: 25 });
    expect(progress.reversed).toEqual({ lines: 0, share: 0 });
    expect(progress.paidPercent).toBe(50);
    expect(progress.unpaidAmount).toBe(160000);
  });

  it('counts the lines paid and reversed apart, so the parts still fill the bar', () => {
    const progress = batchProgress(aBatch({ lines: 4, paidLines: 1, failedLines: 1, pendingLines: 1 }));
    expect(progress.reversed.lines).toBe(1);
    const parts = [progress.paid, progress.failed, progress.pending, progress.reversed];
    expect(parts.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(100);
  });

  it('never says 100 % before the last line is paid', () => {
    expect(
      batchProgress(aBatch({ lines: 1000, paidLines: 999, failedLines: 0, pendingLines: 1 })).paidPercent,
    ).toBe(99);
    expect(
      batchProgress(aBatch({ lines: 3, paidLines: 3, failedLines: 0, pendingLines: 0 })).paidPercent,
    ).toBe(100);
  });

  it('shows an empty bar for a batch without lines', () => {
    const progress = batchProgress(
      aBatch({ lines: 0, paidLines: 0, failedLines: 0, pendingLines: 0, amount: 0, paidAmount: 0 }),
    );
    expect(progress.paid.share).toBe(0);
    expect(progress.paidPercent).toBe(0);
  });
});

describe('lines of a batch', () => {
  it('offers only pending lines for a receipt', () => {
    expect(receivable(aBatchLine())).toBe(true);
    expect(receivable(aBatchLine({ outcome: 'paid' }))).toBe(false);
    expect(receivable(aBatchLine({ outcome: 'failed' }))).toBe(false);
  });

  it('pays again only the failed lines that are still unpaid', () => {
    const lines = [
      aBatchLine({ id: 'a', outcome: 'failed', status: 'unpaid', failure: '账户已销户' }),
      aBatchLine({ id: 'b', outcome: 'failed', status: 'in_batch' }), // already in a follow-up batch
      aBatchLine({ id: 'c', outcome: 'paid', status: 'paid' }),
      aBatchLine({ id: 'd', outcome: 'failed', status: 'paid' }), // paid in cash since
    ];
    expect(followUpLineIds(lines)).toEqual(['a']);
  });

  it('knows a bank batch from a cash or in-kind one', () => {
    expect(isBankBatch(aBatch())).toBe(true);
    expect(isBankBatch(aBatch({ method: 'cash' }))).toBe(false);
    expect(isBankBatch(aBatch({ method: 'in_kind' }))).toBe(false);
  });
});
