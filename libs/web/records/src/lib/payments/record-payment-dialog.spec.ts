import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { todayInCenter, type FundView, type UnitView } from '@worker-aid/shared/domain';
import {
  aCase,
  aFund,
  aPayment,
  aUser,
  componentTestProviders,
  settle,
  signedInAs,
  translocoTesting,
} from '@worker-aid/web/core/testing';
import { CASE_DISBURSEMENTS_URL, FUNDS_URL, UNITS_URL } from '@worker-aid/web/data-access';
import { RecordPaymentDialog, type RecordPaymentDialogData } from './record-payment-dialog';

/** ¥10,000 approved, half of it paid. */
const approved = aCase({
  status: 'approved',
  workerName: '刘桂芳',
  unitId: 'c',
  requestedAmount: 1000000,
  approvedAmount: 1000000,
  disbursedAmount: 500000,
});

const funds: FundView[] = [
  fund('f-1', 'UNION-2026', '工会帮扶资金', 3000000),
  fund('f-2', 'LOTTERY-2026', '彩票公益金', 200000, 'center'),
  // A sibling unit's fund may not pay this case: the dialog never offers it.
  fund('f-3', 'SIBLING-2026', '兄弟单位资金', 9000000, 'sibling'),
];

function fund(id: string, code: string, name: string, balance: number, unitId = 'c'): FundView {
  return aFund({ id, code, name, unitId, allocated: balance, disbursed: 0, balance });
}

const units: UnitView[] = [
  { id: 'center', code: 'CZ', name: '市帮扶中心', level: 'center', parentId: null },
  { id: 'c', code: 'CZ-A', name: '教育工会', level: 'industry', parentId: 'center' },
  { id: 'sibling', code: 'CZ-B', name: '卫生工会', level: 'industry', parentId: 'center' },
];

const paid = aPayment({
  workerName: '刘桂芳',
  unitId: 'c',
  amount: 450050,
  paidOn: todayInCenter(),
});

interface SetUp {
  fixture: ComponentFixture<RecordPaymentDialog>;
  http: HttpTestingController;
  close: jest.Mock;
}

async function setUp(): Promise<SetUp> {
  const close = jest.fn();
  await TestBed.configureTestingModule({
    imports: [RecordPaymentDialog, translocoTesting()],
    providers: [
      ...componentTestProviders(),
      { provide: MAT_DIALOG_DATA, useValue: { case: approved } satisfies RecordPaymentDialogData },
      { provide: MatDialogRef, useValue: { close } },
      signedInAs(aUser('finance', { unitId: 'center' })),
    ],
  }).compileComponents();
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(RecordPaymentDialog);
  await fixture.whenStable();
  http.expectOne(FUNDS_URL).flush(funds);
  http.expectOne(UNITS_URL).flush(units);
  await settle(fixture);
  return { fixture, http, close };
}

function byTestId<T extends HTMLElement>(id: string): T {
  const element = document.querySelector<T>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no ${id}`);
  return element;
}

async function type(fixture: ComponentFixture<unknown>, id: string, value: string): Promise<void> {
  const input = byTestId<HTMLInputElement>(id);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await settle(fixture);
}

async function chooseFund(fixture: ComponentFixture<unknown>, code: string): Promise<void> {
  byTestId('payment-fund').click();
  await settle(fixture);
  byTestId(`payment-fund-option-${code}`).click();
  await settle(fixture);
}

describe('RecordPaymentDialog', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
  });

  it("offers only the funds that may pay the case: its unit's and those above it", async () => {
    const { fixture } = await setUp();
    byTestId('payment-fund').click();
    await settle(fixture);
    const offered = [...document.querySelectorAll('[data-testid^="payment-fund-option-"]')].map((option) =>
      option.getAttribute('data-testid'),
    );
    expect(offered).toEqual(['payment-fund-option-UNION-2026', 'payment-fund-option-LOTTERY-2026']);
  });

  it('prefills what is left to pay and today, and shows the chosen fund’s balance', async () => {
    const { fixture } = await setUp();
    const page = fixture.nativeElement as HTMLElement;
    expect(byTestId<HTMLInputElement>('payment-amount').value).toBe('5000.00');
    // zh-CN writes dates as YYYY-MM-DD; the picker stops at today.
    expect(byTestId<HTMLInputElement>('payment-paid-on').value).toBe(todayInCenter());
    expect(page.querySelector('[data-testid="payment-dialog-remaining"]')?.textContent?.trim()).toBe(
      '¥5,000.00',
    );
    await chooseFund(fixture, 'LOTTERY-2026');
    expect(page.querySelector('[data-testid="payment-dialog-balance"]')?.textContent?.trim()).toBe(
      '¥2,000.00',
    );
  });

  it('refuses more than the case has left or the fund holds, without calling the API', async () => {
    const { fixture, close } = await setUp();
    const page = fixture.nativeElement as HTMLElement;
    await chooseFund(fixture, 'UNION-2026');
    await type(fixture, 'payment-amount', '5000.01');
    expect(page.querySelector('[data-testid="payment-limit"]')?.textContent).toContain(
      'payments.dialog.limit.over_approved',
    );
    byTestId('payment-save').click();
    await settle(fixture);
    await chooseFund(fixture, 'LOTTERY-2026');
    await type(fixture, 'payment-amount', '2000.01');
    expect(page.querySelector('[data-testid="payment-limit"]')?.textContent).toContain(
      'payments.dialog.limit.insufficient',
    );
    byTestId('payment-save').click();
    await settle(fixture);
    expect(close).not.toHaveBeenCalled();
  });

  it('pays in fen with an Idempotency-Key, and a retry of the same submission reuses the key', async () => {
    const { fixture, http, close } = await setUp();
    await chooseFund(fixture, 'UNION-2026');
    await type(fixture, 'payment-amount', '4,500.5');
    await type(fixture, 'payment-reference', ' BANK-1 ');
    byTestId('payment-save').click();
    byTestId('payment-save').click(); // a double click sends once
    await settle(fixture);
    const first = http.expectOne({ method: 'POST', url: CASE_DISBURSEMENTS_URL('c-1') });
    expect(first.request.body).toEqual({
      amount: 450050,
      fundId: 'f-1',
      method: 'bank',
      paidOn: todayInCenter(),
      reference: 'BANK-1',
    });
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[\x21-\x7e]{1,200}$/);
    first.flush(
      { statusCode: 503, error: 'Service Unavailable', code: 'server.busy', message: 'busy' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await settle(fixture);
    expect(byTestId('payment-error')).toBeTruthy();
    expect(close).not.toHaveBeenCalled();

    // The same submission again: the same key, so the server can never pay twice.
    byTestId('payment-save').click();
    await settle(fixture);
    const second = http.expectOne({ method: 'POST', url: CASE_DISBURSEMENTS_URL('c-1') });
    expect(second.request.headers.get('Idempotency-Key')).toBe(key);
    second.flush(paid, { status: 201, statusText: 'Created' });
    await settle(fixture);
    expect(close).toHaveBeenCalledWith(paid);
  });

  it('shows the API’s refusal, and pays the corrected amount under a new key', async () => {
    const { fixture, http, close } = await setUp();
    await chooseFund(fixture, 'UNION-2026');
    byTestId('payment-save').click();
    await settle(fixture);
    const first = http.expectOne({ method: 'POST', url: CASE_DISBURSEMENTS_URL('c-1') });
    const key = first.request.headers.get('Idempotency-Key');
    first.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        code: 'fund.insufficient',
        message: "amount: more than the fund's balance of 100 fen",
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    expect(byTestId('payment-error').textContent).toContain('apiErrors.fund.insufficient');
    expect(byTestId('payment-error').textContent).not.toContain('fen');
    await type(fixture, 'payment-amount', '1');
    byTestId('payment-save').click();
    await settle(fixture);
    const second = http.expectOne({ method: 'POST', url: CASE_DISBURSEMENTS_URL('c-1') });
    expect((second.request.body as { amount: number }).amount).toBe(100);
    expect(second.request.headers.get('Idempotency-Key')).not.toBe(key);
    second.flush(paid, { status: 201, statusText: 'Created' });
    await settle(fixture);
    expect(close).toHaveBeenCalledWith(paid);
  });

  it('takes the payment day as typed the Chinese way, sends it as YYYY-MM-DD, and refuses a future day', async () => {
    const { fixture, http, close } = await setUp();
    await chooseFund(fixture, 'UNION-2026');
    const nextYear = Number(todayInCenter().slice(0, 4)) + 1;
    await type(fixture, 'payment-paid-on', `${nextYear}-01-01`);
    byTestId('payment-paid-on').dispatchEvent(new Event('blur'));
    byTestId('payment-save').click();
    await settle(fixture);
    http.expectNone({ method: 'POST', url: CASE_DISBURSEMENTS_URL('c-1') });
    expect(document.querySelector('mat-error')?.textContent?.trim()).toBe('payments.dialog.future');

    await type(fixture, 'payment-paid-on', `${nextYear - 2}/1/5`);
    byTestId('payment-paid-on').dispatchEvent(new Event('blur'));
    await settle(fixture);
    expect(byTestId<HTMLInputElement>('payment-paid-on').value).toBe(`${nextYear - 2}-01-05`);
    byTestId('payment-save').click();
    await settle(fixture);
    const request = http.expectOne({ method: 'POST', url: CASE_DISBURSEMENTS_URL('c-1') });
    expect((request.request.body as { paidOn: string }).paidOn).toBe(`${nextYear - 2}-01-05`);
    request.flush(paid, { status: 201, statusText: 'Created' });
    await settle(fixture);
    expect(close).toHaveBeenCalledWith(paid);
  });

  it('keeps the key after a lost answer', async () => {
    const { fixture, http } = await setUp();
    await chooseFund(fixture, 'UNION-2026');
    byTestId('payment-save').click();
    await settle(fixture);
    const first = http.expectOne({ method: 'POST', url: CASE_DISBURSEMENTS_URL('c-1') });
    const key = first.request.headers.get('Idempotency-Key');
    first.error(new ProgressEvent('error'), { status: 0 });
    await settle(fixture);
    await type(fixture, 'payment-amount', '100');
    byTestId('payment-save').click();
    await settle(fixture);
    const second = http.expectOne({ method: 'POST', url: CASE_DISBURSEMENTS_URL('c-1') });
    expect(second.request.headers.get('Idempotency-Key')).toBe(key);
    second.flush(paid, { status: 201, statusText: 'Created' });
    await settle(fixture);
  });
});
