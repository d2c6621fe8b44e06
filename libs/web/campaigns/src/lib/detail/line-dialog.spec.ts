import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { byTestId, renderComponent, settle, typeInto } from '@worker-aid/web/core/testing';
import { aLine } from '../../testing/campaign-fixtures';
import { CAMPAIGNS_URL } from '../data-access/campaigns-api';
import { type LineChange, LineDialog, type LineDialogData } from './line-dialog';

async function open(change: LineChange, line = aLine()) {
  const close = jest.fn();
  const rendered = await renderComponent(LineDialog, {
    texts: {
      validation: { required: '必填项' },
      money: { invalid: '请输入金额' },
      campaigns: {
        wizard: { amountPositive: '金额须大于 0' },
        objection: { line: '公示异议（{{via}}）：{{content}}' },
      },
      objection: { channels: { phone: '电话' } },
      apiErrors: { campaign: { not_draft: '活动已不是草稿' } },
    },
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: { campaignId: 'cp-1', line, change } satisfies LineDialogData },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  await settle(rendered.fixture);
  return { ...rendered, close };
}

function errors(element: HTMLElement): string[] {
  return [...element.querySelectorAll('mat-error')].map((e) => e.textContent?.trim() ?? '').filter(Boolean);
}

describe('LineDialog', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('will not exclude a line without a reason', async () => {
    const { fixture, element, close } = await open('exclude');
    expect(element.querySelector('[data-testid="line-dialog-amount"]')).toBeNull();
    byTestId(element, 'line-dialog-confirm').click();
    await settle(fixture);
    expect(errors(element)).toEqual(['必填项']);
    await typeInto(fixture, 'line-dialog-reason', '   ');
    byTestId(element, 'line-dialog-confirm').click();
    await settle(fixture);
    expect(errors(element)).toEqual(['必填项']);
    expect(close).not.toHaveBeenCalled();
  });

  it('excludes with the reason, trimmed, and closes with the updated line', async () => {
    const { fixture, element, http, close } = await open('exclude');
    await typeInto(fixture, 'line-dialog-reason', ' 已调离本单位 ');
    byTestId(element, 'line-dialog-confirm').click();
    await settle(fixture);
    const request = http.expectOne({ method: 'PATCH', url: `${CAMPAIGNS_URL}/cp-1/lines/l-1` });
    expect(request.request.body).toEqual({ excluded: true, reason: '已调离本单位' });
    const updated = aLine({ status: 'excluded', reason: '已调离本单位' });
    request.flush(updated);
    await settle(fixture);
    expect(close).toHaveBeenCalledWith(updated);
  });

  it('puts an excluded line back with a reason', async () => {
    const { fixture, element, http } = await open('include', aLine({ status: 'excluded', reason: '误剔除' }));
    await typeInto(fixture, 'line-dialog-reason', '核实后恢复');
    byTestId(element, 'line-dialog-confirm').click();
    await settle(fixture);
    const request = http.expectOne(`${CAMPAIGNS_URL}/cp-1/lines/l-1`);
    expect(request.request.body).toEqual({ excluded: false, reason: '核实后恢复' });
    request.flush(aLine());
  });

  it('puts back a line an objection held, showing the objection, with why it did not stand', async () => {
    const held = aLine({
      status: 'excluded',
      reason: '已购新房',
      objection: { content: '已购新房', receivedVia: 'phone', at: '2026-12-01T02:00:00Z' },
    });
    const { fixture, element, http, close } = await open('reinstate', held);
    expect(byTestId(element, 'line-dialog-objection').textContent?.trim()).toBe('公示异议（电话）：已购新房');
    await typeInto(fixture, 'line-dialog-reason', '经核实为公租房');
    byTestId(element, 'line-dialog-confirm').click();
    await settle(fixture);
    const request = http.expectOne({ method: 'POST', url: `${CAMPAIGNS_URL}/cp-1/lines/l-1/reinstate` });
    expect(request.request.body).toEqual({ reason: '经核实为公租房' });
    request.flush(aLine({ reason: '经核实为公租房' }));
    await settle(fixture);
    expect(close).toHaveBeenCalled();
  });

  it('changes the amount, prefilled in yuan, sent in fen, checked before it goes', async () => {
    const { fixture, element, http } = await open('amount');
    expect(byTestId<HTMLInputElement>(element, 'line-dialog-amount').value).toBe('800.00');
    await typeInto(fixture, 'line-dialog-amount', '0');
    await typeInto(fixture, 'line-dialog-reason', '已领取部分慰问品');
    byTestId(element, 'line-dialog-confirm').click();
    await settle(fixture);
    expect(errors(element)).toEqual(['金额须大于 0']);
    await typeInto(fixture, 'line-dialog-amount', '600.5');
    byTestId(element, 'line-dialog-confirm').click();
    await settle(fixture);
    const request = http.expectOne(`${CAMPAIGNS_URL}/cp-1/lines/l-1`);
    expect(request.request.body).toEqual({ amount: 60050, reason: '已领取部分慰问品' });
    request.flush(aLine({ amount: 60050 }));
  });

  it('shows the API refusal by its code and stays open', async () => {
    const { fixture, element, http, close } = await open('exclude');
    await typeInto(fixture, 'line-dialog-reason', '已调离');
    byTestId(element, 'line-dialog-confirm').click();
    await settle(fixture);
    http
      .expectOne(`${CAMPAIGNS_URL}/cp-1/lines/l-1`)
      .flush(
        { statusCode: 409, code: 'campaign.not_draft', message: 'not a draft' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(byTestId(element, 'line-dialog-error').textContent).toContain('活动已不是草稿');
    expect(close).not.toHaveBeenCalled();
  });
});
