import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  type CaseHistoryEntry,
  type CaseView,
  type DisbursementView,
  type FileListItem,
  type Role,
} from '@worker-aid/shared/domain';
import { aCase, aPayment, aUser, renderComponent, settle } from '@worker-aid/web/core/testing';
import {
  CASE_DISBURSEMENTS_URL,
  CASES_URL,
  documentsOfUrl,
  FILES_URL,
  UNITS_URL,
} from '@worker-aid/web/data-access';
import { CasePage } from './case-page';

const submitted = aCase();

const history: CaseHistoryEntry[] = [
  {
    at: '2026-11-20T02:00:00Z',
    actorId: 'u-cw',
    actorName: '李专干',
    action: 'create',
    fromStatus: null,
    toStatus: 'draft',
    comment: null,
  },
  {
    at: '2026-11-21T02:00:00Z',
    actorId: 'u-cw',
    actorName: '李专干',
    action: 'submit',
    fromStatus: 'draft',
    toStatus: 'submitted',
    comment: null,
  },
];

async function setUp(
  role: Role,
  view: CaseView = submitted,
  activeFiles: FileListItem[] = [],
): Promise<{ fixture: ComponentFixture<CasePage>; http: HttpTestingController }> {
  // Not the case's creator (`u-cw`).
  const { fixture, http } = await renderComponent(CasePage, {
    texts: {
      caseStatuses: { submitted: '待审核', approved: '已批准' },
      caseActions: { approve: '批准' },
    },
    user: aUser(role, { id: 'u-x', displayName: '王审核', unitId: 'i' }),
  });
  fixture.componentRef.setInput('id', 'c-1');
  await fixture.whenStable();
  http.expectOne(UNITS_URL).flush([]);
  http.expectOne(`${CASES_URL}/c-1`).flush(view);
  await settle(fixture);
  http.expectOne(`${CASES_URL}/c-1/history`).flush(history);
  http.expectOne(documentsOfUrl('cases', 'c-1')).flush([]);
  await settle(fixture);
  // The worker's active hardship file, for the tier badge beside their name.
  http
    .expectOne(`${FILES_URL}?workerId=w-1&status=active&limit=1`)
    .flush({ items: activeFiles, nextCursor: null });
  await settle(fixture);
  return { fixture, http };
}

function actionIds(page: HTMLElement): string[] {
  return [...page.querySelectorAll('[data-testid^="case-action-"]')].map(
    (b) => b.getAttribute('data-testid') ?? '',
  );
}

describe('CasePage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
  });

  it('shows the case, its details and its history; a caseworker may only withdraw a submitted case', async () => {
    const { fixture } = await setUp('caseworker');
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('[data-testid="case-no"]')?.textContent?.trim()).toBe('MED-2026-000001');
    expect(page.querySelector('[data-testid="case-status"]')?.textContent?.trim()).toBe('待审核');
    expect(page.querySelector('[data-testid="case-detail-value-totalCost"]')?.textContent?.trim()).toBe(
      '¥12,000.00',
    );
    expect(page.querySelectorAll('[data-testid="case-history"] li').length).toBe(2);
    expect(actionIds(page)).toEqual(['case-action-withdraw']);
    expect(page.querySelector('[data-testid="documents-empty"]')).toBeTruthy();
    expect(page.querySelector('[data-testid="document-drop-zone"]')).toBeTruthy();
  });

  it('shows the tier of the worker’s active hardship file beside their name, or nothing', async () => {
    const activeFile: FileListItem = {
      id: 'f-1',
      fileNo: 'DA-2026-000001',
      workerId: 'w-1',
      workerName: '张秀英',
      unitId: 's',
      status: 'active',
      tier: 'relative',
      perCapitaIncome: 120000,
      mainCause: 'illness',
      reviewDueOn: '2027-11-21',
      closedOn: null,
      exitReason: null,
      createdAt: '2026-11-20T02:00:00Z',
    };
    const { fixture } = await setUp('caseworker', submitted, [activeFile]);
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('[data-testid="case-worker-tier"]')?.getAttribute('data-tier')).toBe(
      'relative',
    );
  });

  it('shows no tier for a worker without an active hardship file', async () => {
    const { fixture } = await setUp('caseworker');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="case-worker-tier"]'),
    ).toBeNull();
  });

  it('does not offer 批准 to the reviewer who created the case', async () => {
    const { fixture } = await setUp('reviewer', { ...submitted, createdBy: 'u-x' });
    expect(actionIds(fixture.nativeElement as HTMLElement)).toEqual([
      'case-action-reject',
      'case-action-return',
      'case-action-withdraw',
    ]);
  });

  it('lets a reviewer approve with the amount prefilled, and shows the new status', async () => {
    const { fixture, http } = await setUp('reviewer');
    const page = fixture.nativeElement as HTMLElement;
    expect(actionIds(page)).toEqual([
      'case-action-approve',
      'case-action-reject',
      'case-action-return',
      'case-action-withdraw',
    ]);
    page.querySelector<HTMLButtonElement>('[data-testid="case-action-approve"]')?.click();
    await settle(fixture);
    const amount = document.querySelector<HTMLInputElement>('[data-testid="approve-amount"]');
    expect(amount?.value).toBe('5000.00');
    if (!amount) throw new Error('no amount');
    amount.value = '4,500.5';
    amount.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="approve-confirm"]')?.click();
    await settle(fixture);
    const approve = http.expectOne({ method: 'POST', url: `${CASES_URL}/c-1/approve` });
    expect(approve.request.body).toEqual({ approvedAmount: 450050 });
    approve.flush({ ...submitted, status: 'approved', approvedAmount: 450050 });
    await settle(fixture);
    http.expectOne(`${CASES_URL}/c-1/history`).flush(history);
    await settle(fixture);
    http.expectOne(CASE_DISBURSEMENTS_URL('c-1')).flush([]);
    await settle(fixture);
    expect(page.querySelector('[data-testid="case-status"]')?.textContent?.trim()).toBe('已批准');
    expect(page.querySelector('[data-testid="case-payments"]')).toBeTruthy();
    expect(page.querySelector('[data-testid="payment-record"]')).toBeNull();
    expect(page.querySelector('[data-testid="case-approved-amount"]')?.textContent?.trim()).toBe('¥4,500.50');
  });

  it('shows finance what is paid and left on an approved case, with its payments and a reversal', async () => {
    const halfPaid: CaseView = {
      ...submitted,
      status: 'approved',
      approvedAmount: 1000000,
      disbursedAmount: 500000,
    };
    const { fixture, http } = await setUp('finance', halfPaid);
    const payment = aPayment({ reference: 'B-1', reversedById: 'd-2' });
    const reversal: DisbursementView = {
      ...payment,
      id: 'd-2',
      amount: -500000,
      reversesId: 'd-1',
      reversedById: null,
      reason: '账户有误',
    };
    const again: DisbursementView = { ...payment, id: 'd-3', reversedById: null };
    http.expectOne(CASE_DISBURSEMENTS_URL('c-1')).flush([payment, reversal, again]);
    await settle(fixture);
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('[data-testid="case-paid-amount"]')?.textContent?.trim()).toBe('¥5,000.00');
    expect(page.querySelector('[data-testid="case-remaining-amount"]')?.textContent?.trim()).toBe(
      '¥5,000.00',
    );
    expect(page.querySelector('[data-testid="payment-record"]')).toBeTruthy();
    // Finance reads the documents but adds none (no records:write).
    expect(page.querySelector('[data-testid="documents-panel"]')).toBeTruthy();
    expect(page.querySelector('[data-testid="document-drop-zone"]')).toBeNull();
    expect(page.querySelector('[data-testid="payment-row-1"] .amount')?.textContent?.trim()).toBe(
      '-¥5,000.00',
    );
    expect(
      [...page.querySelectorAll('[data-testid^="payment-reverse-"]')].map((b) =>
        b.getAttribute('data-testid'),
      ),
    ).toEqual(['payment-reverse-2']);
  });
});
