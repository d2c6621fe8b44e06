import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { aPayment, componentTestProviders, translocoTesting } from '@worker-aid/web/core/testing';
import { DISBURSEMENTS_URL } from '@worker-aid/web/data-access';
import { ReversalDialog, type ReversalDialogData } from './reversal-dialog';

const payment = aPayment({
  workerName: '刘桂芳',
  unitId: 'c',
  amount: 100000,
  method: 'cash',
  paidOn: '2026-11-20',
  reference: null,
  createdAt: '2026-11-20T02:00:00Z',
});

describe('ReversalDialog', () => {
  it('needs a reason, then books the reversal and closes with it', async () => {
    const close = jest.fn();
    await TestBed.configureTestingModule({
      imports: [ReversalDialog, translocoTesting()],
      providers: [
        ...componentTestProviders(),
        { provide: MAT_DIALOG_DATA, useValue: { payment } satisfies ReversalDialogData },
        { provide: MatDialogRef, useValue: { close } },
      ],
    }).compileComponents();
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ReversalDialog);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const save = page.querySelector<HTMLButtonElement>('[data-testid="reversal-save"]');
    save?.click();
    await fixture.whenStable();
    http.expectNone(`${DISBURSEMENTS_URL}/d-1/reversal`);
    const reason = page.querySelector<HTMLTextAreaElement>('[data-testid="reversal-reason"]');
    if (!reason) throw new Error('no reason');
    reason.value = ' 账户有误 ';
    reason.dispatchEvent(new Event('input'));
    save?.click();
    await fixture.whenStable();
    const request = http.expectOne({ method: 'POST', url: `${DISBURSEMENTS_URL}/d-1/reversal` });
    expect(request.request.body).toEqual({ reason: '账户有误' });
    const reversal = { ...payment, id: 'd-2', amount: -100000, reversesId: 'd-1', reason: '账户有误' };
    request.flush(reversal, { status: 201, statusText: 'Created' });
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(close).toHaveBeenCalledWith(reversal);
    http.verify();
  });
});
