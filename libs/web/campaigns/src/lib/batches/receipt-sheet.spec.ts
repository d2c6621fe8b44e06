import { aBatchLine } from '../../testing/batch-fixtures';
import { receiptSheet } from './receipt-sheet';

describe('receiptSheet', () => {
  it('lists the lines to hand out in line order, numbered down the sheet, with their total', () => {
    const sheet = receiptSheet([
      aBatchLine({ id: 'l-7', lineNo: 7, workerName: '王芳', batchAmount: 50000 }),
      aBatchLine({ id: 'l-3', lineNo: 3, workerName: '李强', outcome: 'paid', paidOn: '2026-11-29' }),
    ]);
    expect(sheet.rows).toEqual([
      {
        index: 1,
        lineId: 'l-3',
        lineNo: 3,
        name: '李强',
        idNumber: '341102********002X',
        amount: 80000,
        receivedOn: '2026-11-29',
      },
      {
        index: 2,
        lineId: 'l-7',
        lineNo: 7,
        name: '王芳',
        idNumber: '341102********002X',
        amount: 50000,
        receivedOn: null,
      },
    ]);
    expect(sheet.lines).toBe(2);
    expect(sheet.amount).toBe(130000);
  });

  it('leaves out lines this batch does not hand out: failed or reversed', () => {
    const sheet = receiptSheet([
      aBatchLine({ id: 'a', lineNo: 1, outcome: 'failed' }),
      aBatchLine({ id: 'b', lineNo: 2, outcome: 'reversed' }),
      aBatchLine({ id: 'c', lineNo: 3 }),
    ]);
    expect(sheet.rows.map((row) => [row.index, row.lineId])).toEqual([[1, 'c']]);
    expect(sheet.amount).toBe(80000);
  });

  it('is empty for a batch with nothing to hand out', () => {
    expect(receiptSheet([])).toEqual({ rows: [], lines: 0, amount: 0 });
  });
});
