import { provideLocationMocks } from '@angular/common/testing';
import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { BatchLineView, BatchView, Role } from '@worker-aid/shared/domain';
import { aUser, byTestId, renderComponent, settle } from '@worker-aid/web/core/testing';
import { aBatch, aBatchLine, aCampaign } from '../../testing/batch-fixtures';
import { BatchPage } from './batch-page';
import { BATCHES_URL } from './batches-api';

const TEXTS = {
  apiErrors: { batch: { result_file: '回盘文件无法读取' } },
  batches: {
    number: '第 {{number}} 批',
    results: {
      paid: '发放成功 {{count}} 人',
      failed: '失败 {{count}} 人',
      row: '第 {{row}} 行',
      missing: '缺少表头：{{headings}}',
    },
    refusals: { line: { amount_differs: '金额与本批记录不符' } },
    receipts: { record: '记录签收（{{count}} 人）' },
  },
};

// The first render compiles Material's components: slow on a busy machine.
jest.setTimeout(30_000);

describe('BatchPage', () => {
  let fixture: ComponentFixture<BatchPage>;
  let http: HttpTestingController;

  function has(testId: string): boolean {
    return document.querySelector(`[data-testid="${testId}"]`) !== null;
  }

  function text(testId: string): string {
    return (byTestId(document, testId).textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  async function open(role: Role, batch: BatchView, lines: BatchLineView[]): Promise<void> {
    const rendered = await renderComponent(BatchPage, {
      user: aUser(role),
      texts: TEXTS,
      providers: [provideLocationMocks()],
    });
    fixture = rendered.fixture;
    http = rendered.http;
    document.body.appendChild(rendered.element);
    fixture.componentRef.setInput('id', 'cp-1');
    fixture.componentRef.setInput('batchId', batch.id);
    await fixture.whenStable();
    http.expectOne(`${BATCHES_URL}/${batch.id}/lines?limit=50`).flush({ items: lines, nextCursor: null });
    http.expectOne(`${BATCHES_URL}/${batch.id}`).flush(batch);
    http.expectOne('/api/campaigns/cp-1').flush(aCampaign());
    await settle(fixture);
  }

  afterEach(() => {
    http.verify();
    fixture.nativeElement.remove();
  });

  it('offers finance the bank file and the result upload of a bank batch, and shows what the results did', async () => {
    await open('finance', aBatch(), [aBatchLine()]);
    expect(has('batch-download-xlsx')).toBe(true);
    expect(has('batch-download-csv')).toBe(true);
    expect(has('batch-receipts')).toBe(false);

    const input = byTestId<HTMLInputElement>(document, 'batch-results-input');
    Object.defineProperty(input, 'files', { value: [new File(['x'], '回盘.xlsx')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
    http.expectOne(`${BATCHES_URL}/b-1/results`).flush({
      paid: 1,
      paidAmount: 80000,
      failed: 1,
      alreadyPaid: 0,
      refused: [{ lineId: null, row: 4, code: 'line.amount_differs', message: 'amount differs' }],
      batch: aBatch({ paidLines: 3, pendingLines: 0, status: 'done' }),
    });
    await settle(fixture);
    http.expectOne(`${BATCHES_URL}/b-1/lines?limit=50`).flush({ items: [], nextCursor: null });
    await settle(fixture);
    expect(text('batch-results-paid')).toBe('check_circle 发放成功 1 人 ¥800.00');
    expect(text('batch-results-refusal')).toBe('第 4 行金额与本批记录不符');
  });

  it('names the headings a result file lacks', async () => {
    await open('finance', aBatch(), [aBatchLine()]);
    const input = byTestId<HTMLInputElement>(document, 'batch-results-input');
    Object.defineProperty(input, 'files', { value: [new File(['x'], '回盘.csv')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
    http
      .expectOne(`${BATCHES_URL}/b-1/results`)
      .flush(
        { statusCode: 400, code: 'batch.result_file', message: 'x', missing: ['状态'] },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);
    expect(text('batch-results-error')).toContain('回盘文件无法读取');
    expect(text('batch-results-error')).toContain('缺少表头：状态');
  });

  it('shows a reviewer the figures and lines but no money action', async () => {
    await open('reviewer', aBatch(), [aBatchLine()]);
    expect(has('batch-progress')).toBe(true);
    expect(has('batch-bank')).toBe(false);
    expect(has('batch-follow-up')).toBe(false);
    expect(has('batch-line-1')).toBe(true);
  });

  it('records the receipts of the lines ticked in a cash batch', async () => {
    const cash = aBatch({
      id: 'b-2',
      method: 'cash',
      failedLines: 0,
      paidLines: 0,
      pendingLines: 2,
      lines: 2,
    });
    await open('finance', cash, [
      aBatchLine({ id: 'l-1', lineNo: 1 }),
      aBatchLine({ id: 'l-2', lineNo: 2, outcome: 'paid', status: 'paid' }),
    ]);
    expect(has('batch-print-receipts')).toBe(true);
    expect(byTestId<HTMLButtonElement>(document, 'batch-record-receipts').disabled).toBe(true);
    byTestId(document, 'batch-line-select-1').querySelector('input')?.click();
    await settle(fixture);
    expect(text('batch-record-receipts')).toContain('记录签收（1 人）');
    byTestId(document, 'batch-record-receipts').click();
    await settle(fixture);
    const request = http.expectOne(`${BATCHES_URL}/b-2/receipts`);
    expect(request.request.body.lineIds).toEqual(['l-1']);
    expect(request.request.body.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    request.flush({
      paid: 1,
      paidAmount: 80_000,
      failed: 0,
      alreadyPaid: 0,
      refused: [],
      batch: { ...cash, paidLines: 2, pendingLines: 0, status: 'done' },
    });
    await settle(fixture);
    expect(text('batch-status')).toContain('done');
    http.expectOne(`${BATCHES_URL}/b-2/lines?limit=50`).flush({ items: [], nextCursor: null });
  });

  it('pays the failed, still unpaid lines again in a cash batch and opens it', async () => {
    await open('finance', aBatch(), [aBatchLine()]);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    byTestId(document, 'batch-follow-up').click();
    await settle(fixture);
    byTestId(document, 'batch-follow-up-cash').click();
    await settle(fixture);
    http.expectOne(`${BATCHES_URL}/b-1/lines?limit=200&outcome=failed`).flush({
      items: [
        aBatchLine({ id: 'l-3', outcome: 'failed', status: 'unpaid' }),
        aBatchLine({ id: 'l-4', outcome: 'failed', status: 'in_batch' }),
      ],
      nextCursor: null,
    });
    await settle(fixture);
    const create = http.expectOne('/api/campaigns/cp-1/batches');
    expect(create.request.body).toEqual({ method: 'cash', lineIds: ['l-3'] });
    create.flush(aBatch({ id: 'b-9', number: 2, method: 'cash', lines: 1 }));
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/campaigns', 'cp-1', 'batches', 'b-9']);
  });
});
