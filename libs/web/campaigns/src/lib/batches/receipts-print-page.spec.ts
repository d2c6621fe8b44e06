import { aUser, renderComponent, settle } from '@worker-aid/web/core/testing';
import { aBatch, aBatchLine, aCampaign } from '../../testing/batch-fixtures';
import { BATCHES_URL } from './batches-api';
import { ReceiptsPrintPage } from './receipts-print-page';

const TEXTS = {
  paymentMethods: { cash: '现金' },
  batches: {
    sheet: {
      title: '{{campaign}} 第 {{number}} 批签收表',
      unit: '单位：{{unit}}',
      total: '合计 {{count}} 人',
      handler: '经办人：',
      checker: '审核人：',
      signedOn: '日期：',
      bankBatch: '银行代发批次无需签收表。',
    },
  },
};

async function sheetOf(method: 'cash' | 'bank', lines: ReturnType<typeof aBatchLine>[]) {
  const rendered = await renderComponent(ReceiptsPrintPage, { user: aUser('finance'), texts: TEXTS });
  rendered.fixture.componentRef.setInput('id', 'cp-1');
  rendered.fixture.componentRef.setInput('batchId', 'b-2');
  await rendered.fixture.whenStable();
  rendered.http.expectOne('/api/campaigns/cp-1').flush(aCampaign());
  rendered.http.expectOne(`${BATCHES_URL}/b-2`).flush(aBatch({ id: 'b-2', number: 2, method }));
  rendered.http.expectOne(`${BATCHES_URL}/b-2/lines?limit=200`).flush({ items: lines, nextCursor: null });
  await settle(rendered.fixture);
  return rendered;
}

function text(root: HTMLElement, testId: string): string {
  return (root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('ReceiptsPrintPage', () => {
  it('prints the batch title, the unit, a row per person with room to sign, the total and the signatures', async () => {
    const { element, http } = await sheetOf('cash', [
      aBatchLine({ id: 'l-2', lineNo: 2, workerName: '李强', batchAmount: 50000 }),
      aBatchLine({ id: 'l-1', lineNo: 1 }),
      aBatchLine({ id: 'l-9', lineNo: 9, outcome: 'failed' }),
    ]);
    expect(text(element, 'receipts-sheet-title')).toBe('2026年"两节"送温暖 第 2 批签收表');
    expect(text(element, 'receipts-sheet-unit')).toBe('单位：滁州市总工会');
    const rows = [...element.querySelectorAll('[data-testid="receipts-sheet-row"]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['1', '张秀英', '341102********002X', '¥800.00', '', ''],
      ['2', '李强', '341102********002X', '¥500.00', '', ''],
    ]);
    expect(text(element, 'receipts-sheet-total')).toBe('合计 2 人¥1,300.00');
    expect(text(element, 'receipts-sheet-signatures')).toBe('经办人：审核人：日期：');
    expect(element.querySelector('thead')).not.toBeNull();
    http.verify();
  });

  it('prints no sheet for a bank batch', async () => {
    const { element } = await sheetOf('bank', [aBatchLine()]);
    expect(element.querySelector('[data-testid="receipts-sheet"]')).toBeNull();
    expect(element.textContent).toContain('银行代发批次无需签收表。');
  });

  it('opens the browser print dialog', async () => {
    const { element, fixture } = await sheetOf('cash', [aBatchLine()]);
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    element.querySelector<HTMLElement>('[data-testid="receipts-print"]')?.click();
    await settle(fixture);
    expect(print).toHaveBeenCalled();
    print.mockRestore();
  });
});
