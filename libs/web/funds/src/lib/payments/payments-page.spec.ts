import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import type { DisbursementView, Page, UnitView } from '@worker-aid/shared/domain';
import { LanguageService, type LanguageCode } from '@worker-aid/web/core';
import {
  aFund,
  aPayment,
  aUser,
  byTestId,
  renderComponent,
  settle,
  typeInto,
} from '@worker-aid/web/core/testing';
import { DISBURSEMENTS_URL, FUNDS_URL, UNITS_URL } from '@worker-aid/web/data-access';
import { PaymentsPage } from './payments-page';

const units: UnitView[] = [
  { id: 'c', code: 'CZ', name: '滁州市总工会', level: 'center', parentId: null },
  { id: 'i', code: 'CZ-EDU', name: '教育工会', level: 'industry', parentId: 'c' },
];
const funds = [aFund()];

function payment(caseNo: string, paidOn: string, extra: Partial<DisbursementView> = {}): DisbursementView {
  const id = `d-${caseNo}-${paidOn}`;
  return aPayment({
    id,
    caseId: `c-${caseNo}`,
    caseNo,
    unitId: 'c',
    paidOn,
    createdAt: `${paidOn}T02:00:00Z`,
    ...extra,
  });
}

function ledger(items: DisbursementView[], nextCursor: string | null = null): Page<DisbursementView> {
  return { items, nextCursor };
}

describe('PaymentsPage', () => {
  let fixture: ComponentFixture<PaymentsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function setUp(language: LanguageCode = 'zh-CN'): Promise<void> {
    ({
      fixture,
      http,
      element: page,
    } = await renderComponent(PaymentsPage, {
      texts: { dates: { fromAfterTo: '起始日期不能晚于截止日期' } },
      user: aUser('finance'),
      providers: [{ provide: LanguageService, useValue: { active: signal(language) } }],
    }));
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush(units);
    http.expectOne(FUNDS_URL).flush(funds);
  }

  /** The pending ledger request (exactly one). */
  function ledgerRequest(): TestRequest {
    return http.expectOne((request) => request.url === DISBURSEMENTS_URL);
  }

  async function answer(request: TestRequest, body: Page<DisbursementView>): Promise<void> {
    request.flush(body);
    await settle(fixture);
  }

  function rows(): string[] {
    return [...page.querySelectorAll('[data-testid^="payments-row-"]')].map((row) =>
      (row.getAttribute('data-testid') ?? '').replace('payments-row-', ''),
    );
  }

  const input = (testId: string) => byTestId<HTMLInputElement>(page, testId);
  const typeDate = (testId: string, text: string) => typeInto(fixture, testId, text);

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.remove());
  });

  it('lists the payments and reversals, newest first, with "reverse" on what can still be reversed', async () => {
    await setUp();
    const request = ledgerRequest();
    expect(request.request.params.toString()).toBe('limit=25');
    await answer(
      request,
      ledger([
        payment('MED-2026-000002', '2026-03-02', {
          id: 'd-2',
          amount: -500000,
          reversesId: 'd-1',
          reason: '账户有误',
        }),
        payment('MED-2026-000002', '2026-03-01', { id: 'd-1', reversedById: 'd-2' }),
        payment('HRD-2026-000001', '2026-02-01'),
      ]),
    );
    expect(rows()).toEqual(['MED-2026-000002-0', 'MED-2026-000002-1', 'HRD-2026-000001-0']);
    expect(
      page.querySelector('[data-testid="payments-row-MED-2026-000002-0"] .amount')?.textContent?.trim(),
    ).toBe('-¥5,000.00');
    expect(
      [...page.querySelectorAll('[data-testid^="payments-reverse-"]')].map((b) =>
        b.getAttribute('data-testid'),
      ),
    ).toEqual(['payments-reverse-HRD-2026-000001-0']);
  });

  it('shows a campaign line’s payment with its campaign instead of a case, reversible like any other', async () => {
    await setUp();
    await answer(
      ledgerRequest(),
      ledger([
        payment('x', '2026-02-01', {
          id: 'd-c',
          caseId: null,
          caseNo: null,
          caseStatus: null,
          campaignId: 'cp-1',
          campaignName: '2026年两节送温暖',
        }),
      ]),
    );
    expect(rows()).toEqual(['2026年两节送温暖-0']);
    expect(page.querySelector('[data-testid="payment-campaign"]')?.textContent?.trim()).toBe(
      '2026年两节送温暖',
    );
    expect(page.querySelector('[data-testid="payments-row-2026年两节送温暖-0"] a')).toBeNull();
    expect(page.querySelector('[data-testid="payments-reverse-2026年两节送温暖-0"]')).not.toBeNull();
  });

  it('filters by days typed the Chinese way, sent as YYYY-MM-DD, and by fund; "clear" shows all again', async () => {
    await setUp();
    await answer(ledgerRequest(), ledger([payment('HRD-2026-000001', '2026-02-01')]));

    await typeDate('payments-filter-from', '2026-01-01');
    expect(ledgerRequest().request.params.toString()).toBe('from=2026-01-01&limit=25');
    await typeDate('payments-filter-to', '2026/1/31');
    const both = ledgerRequest();
    expect(both.request.params.toString()).toBe('from=2026-01-01&to=2026-01-31&limit=25');
    await answer(both, ledger([payment('MED-2026-000001', '2026-01-15')]));
    // Written back as Chinese users write dates.
    expect(input('payments-filter-to').value).toBe('2026-01-31');
    expect(rows()).toEqual(['MED-2026-000001-0']);

    page.querySelector<HTMLElement>('[data-testid="payments-filter-fund"]')?.click();
    await settle(fixture);
    document.querySelector<HTMLElement>('[data-testid="payments-filter-fund-option-UNION-2026"]')?.click();
    await settle(fixture);
    const byFund = ledgerRequest();
    expect(byFund.request.params.get('fundId')).toBe('f-1');
    await answer(byFund, ledger([]));
    expect(rows()).toEqual([]);

    [...page.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.includes('common.clear'))
      ?.click();
    await settle(fixture);
    const all = ledgerRequest();
    expect(all.request.params.toString()).toBe('limit=25');
    await answer(all, ledger([payment('HRD-2026-000001', '2026-02-01')]));
    expect(input('payments-filter-from').value).toBe('');
  });

  it('does not ask for a period that ends before it starts, and says why', async () => {
    await setUp();
    await answer(ledgerRequest(), ledger([]));
    await typeDate('payments-filter-from', '2026-03-01');
    await answer(ledgerRequest(), ledger([]));
    await typeDate('payments-filter-to', '2026-02-01');
    http.expectNone((request) => request.url === DISBURSEMENTS_URL);
    expect(page.querySelector('mat-error')?.textContent?.trim()).toBe('起始日期不能晚于截止日期');
  });

  it('picks a day from the calendar, which opens on the chosen month', async () => {
    await setUp();
    await answer(ledgerRequest(), ledger([]));
    await typeDate('payments-filter-from', '2026-01-01');
    await answer(ledgerRequest(), ledger([]));
    page.querySelector<HTMLElement>('[data-testid="payments-filter-from-toggle"] button')?.click();
    await settle(fixture);
    expect(document.querySelector('.mat-calendar-period-button')?.textContent?.trim()).toBe('2026年1月');
    // Days are plain numbers; each names its whole date for screen readers, in Chinese.
    const day15 = document.querySelector<HTMLElement>('.mat-calendar-body-cell[aria-label^="2026年1月15日"]');
    expect(day15?.textContent?.trim()).toBe('15');
    day15?.click();
    await settle(fixture);
    expect(ledgerRequest().request.params.get('from')).toBe('2026-01-15');
    expect(input('payments-filter-from').value).toBe('2026-01-15');
  });

  it('reads and writes dates the English way when the interface is in English', async () => {
    await setUp('en');
    await answer(ledgerRequest(), ledger([]));
    await typeDate('payments-filter-from', '1/5/2026');
    expect(ledgerRequest().request.params.get('from')).toBe('2026-01-05');
    expect(input('payments-filter-from').value).toBe('1/5/2026');
  });

  it('shows the new filter’s page only, and never appends the old filter’s next page to it', async () => {
    await setUp();
    await answer(ledgerRequest(), ledger([payment('HRD-2026-000001', '2026-02-01')], 'p2'));
    page.querySelector<HTMLButtonElement>('[data-testid="payments-more"]')?.click();
    await settle(fixture);
    const more = http.expectOne((request) => request.params.get('cursor') === 'p2');
    await typeDate('payments-filter-from', '2026-03-01'); // a new filter while page 2 loads
    const march = ledgerRequest();
    expect(more.cancelled).toBe(true);
    await answer(march, ledger([payment('MED-2026-000003', '2026-03-05')], 'm2'));
    expect(rows()).toEqual(['MED-2026-000003-0']);

    page.querySelector<HTMLButtonElement>('[data-testid="payments-more"]')?.click();
    await settle(fixture);
    const next = http.expectOne((request) => request.params.get('cursor') === 'm2');
    expect(next.request.params.get('from')).toBe('2026-03-01');
    await answer(next, ledger([payment('MED-2026-000004', '2026-03-04')]));
    expect(rows()).toEqual(['MED-2026-000003-0', 'MED-2026-000004-0']);
    expect(page.querySelector('[data-testid="payments-more"]')).toBeNull();
  });
});
