import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  can,
  dayDaysAfter,
  NO_POLICY,
  todayInCenter,
  type ApprovalPolicyView,
  type ApprovalStep,
  type CaseHistoryEntry,
  type CaseView,
  type DisbursementView,
  type FileListItem,
  type Role,
  type UnitView,
} from '@worker-aid/shared/domain';
import { aCase, aPayment, aUser, renderComponent, settle } from '@worker-aid/web/core/testing';
import {
  APPROVAL_POLICY_URL,
  CASE_DISBURSEMENTS_URL,
  CASES_URL,
  documentsOfUrl,
  FILES_URL,
  UNITS_URL,
} from '@worker-aid/web/data-access';
import { CasePage } from './case-page';

// Dialogs opened and filled in as a user does; on a busy machine that takes more than jest's 5 s.
jest.setTimeout(30_000);

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

/** No policy configured: every step final, no notice (v1). */
const noPolicy: ApprovalPolicyView = {
  ...NO_POLICY,
  objectionContact: null,
  configured: false,
  updatedAt: null,
  updatedBy: null,
};

/** Medical aid up to ¥3,000 final at the industry union, above it the center; 5 days of notice. */
const policy: ApprovalPolicyView = {
  ...noPolicy,
  configured: true,
  limits: NO_POLICY.limits.map((row) =>
    row.type === 'medical' && row.level !== 'center'
      ? { ...row, limit: row.level === 'industry' ? 300000 : 0 }
      : row,
  ),
  noticeDays: NO_POLICY.noticeDays.map((row) => ({ ...row, days: row.type === 'legal' ? 0 : 5 })),
};

/** The center, the education union under it (the reviewer's), a school union under that. */
const units: UnitView[] = [
  { id: 'c', code: 'CZ', name: '市困难职工帮扶中心', level: 'center', parentId: null },
  { id: 'i', code: 'CZ-EDU', name: '市教育工会', level: 'industry', parentId: 'c' },
  { id: 's', code: 'CZ-EDU-1', name: '实验小学工会', level: 'grassroots', parentId: 'i' },
];

const industryStep: ApprovalStep = {
  level: 'industry',
  unitId: 'i',
  unitName: '市教育工会',
  userId: 'u-r2',
  userName: '陈审核',
  amount: 450000,
  comment: '情况属实',
  at: '2026-11-22T02:00:00Z',
};

interface SetUpOptions {
  unitId?: string;
  policyView?: ApprovalPolicyView;
  unitList?: UnitView[];
  caseHistory?: CaseHistoryEntry[];
}

async function setUp(
  role: Role,
  view: CaseView = submitted,
  activeFiles: FileListItem[] = [],
  { unitId = 'i', policyView = noPolicy, unitList = [], caseHistory = history }: SetUpOptions = {},
): Promise<{ fixture: ComponentFixture<CasePage>; http: HttpTestingController }> {
  // Not the case's creator (`u-cw`).
  const { fixture, http } = await renderComponent(CasePage, {
    texts: {
      caseStatuses: { submitted: '待审核', approved: '已批准' },
      caseActions: { approve: '批准' },
      unitLevels: { center: '帮扶中心', industry: '产业工会', grassroots: '基层工会' },
      approval: {
        awaiting: '需{{unit}}审批',
        dialog: {
          onward: '批准后将提交{{level}}审批',
          finalWithNotice: '批准后即生效，公示 {{days}} 天',
          overLastStep: '不能高于上一步批准的金额 {{max}}',
        },
        notice: { period: '公示中：{{start}} 至 {{end}}', noPayment: '公示期内不能发放（至 {{end}}）' },
        history: { onward: '提交上级审批', receivedVia: '异议来源：{{channel}}' },
      },
      objection: { channels: { phone: '电话' } },
    },
    user: aUser(role, { id: 'u-x', displayName: '王审核', unitId }),
  });
  fixture.componentRef.setInput('id', 'c-1');
  await fixture.whenStable();
  http.expectOne(UNITS_URL).flush(unitList);
  if (can(role, 'cases:decide')) http.expectOne(APPROVAL_POLICY_URL).flush(policyView);
  http.expectOne(`${CASES_URL}/c-1`).flush(view);
  await settle(fixture);
  http.expectOne(`${CASES_URL}/c-1/history`).flush(caseHistory);
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
  describe('approval by level and public notice', () => {
    function text(testId: string): string {
      return (
        document.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
      );
    }

    it('shows what the next step needs, and tells the industry reviewer that ¥5,000 goes on to the center', async () => {
      const { fixture, http } = await setUp('reviewer', submitted, [], {
        policyView: policy,
        unitList: units,
      });
      const page = fixture.nativeElement as HTMLElement;
      expect(text('case-awaiting')).toContain('需市教育工会审批');
      expect(page.querySelector('[data-testid="case-no-steps"]')).toBeTruthy();
      page.querySelector<HTMLButtonElement>('[data-testid="case-action-approve"]')?.click();
      await settle(fixture);
      expect(text('approve-outlook')).toContain('批准后将提交帮扶中心审批');

      const amount = document.querySelector<HTMLInputElement>('[data-testid="approve-amount"]');
      if (!amount) throw new Error('no amount');
      amount.value = '3000';
      amount.dispatchEvent(new Event('input'));
      await settle(fixture);
      expect(text('approve-outlook')).toContain('批准后即生效，公示 5 天');

      amount.value = '5000';
      amount.dispatchEvent(new Event('input'));
      document.querySelector<HTMLButtonElement>('[data-testid="approve-confirm"]')?.click();
      await settle(fixture);
      const onward: CaseView = {
        ...submitted,
        approvals: [{ ...industryStep, userId: 'u-x', userName: '王审核', amount: 500000, comment: null }],
        awaitingLevel: 'center',
        awaitingUnit: { id: 'c', name: '市困难职工帮扶中心' },
      };
      http.expectOne({ method: 'POST', url: `${CASES_URL}/c-1/approve` }).flush(onward);
      await settle(fixture);
      http.expectOne(`${CASES_URL}/c-1/history`).flush(history);
      await settle(fixture);
      expect(text('case-awaiting')).toContain('需市困难职工帮扶中心审批');
      expect(text('case-step-0')).toContain('市教育工会');
      expect(text('case-step-0')).toContain('¥5,000.00');
      // Their step is made: no second one.
      expect(actionIds(page)).not.toContain('case-action-approve');
    });

    it('lets the center make the next step, capped at the last step’s amount', async () => {
      const afterIndustry = aCase({
        approvals: [industryStep],
        awaitingLevel: 'center',
        awaitingUnit: { id: 'c', name: '市困难职工帮扶中心' },
      });
      const { fixture } = await setUp('manager', afterIndustry, [], {
        unitId: 'c',
        policyView: policy,
        unitList: units,
      });
      const page = fixture.nativeElement as HTMLElement;
      expect(text('case-step-0')).toContain('陈审核');
      expect(text('case-step-0')).toContain('情况属实');
      page.querySelector<HTMLButtonElement>('[data-testid="case-action-approve"]')?.click();
      await settle(fixture);
      const amount = document.querySelector<HTMLInputElement>('[data-testid="approve-amount"]');
      expect(amount?.value).toBe('4500.00');
      expect(text('approve-outlook')).toContain('批准后即生效，公示 5 天');
      if (!amount) throw new Error('no amount');
      amount.value = '4500.01';
      amount.dispatchEvent(new Event('input'));
      amount.dispatchEvent(new Event('blur'));
      document.querySelector<HTMLButtonElement>('[data-testid="approve-confirm"]')?.click();
      await settle(fixture);
      expect(document.querySelector('mat-error')?.textContent?.trim()).toBe(
        '不能高于上一步批准的金额 ¥4,500.00',
      );
    });

    it('offers no approval to another reviewer of the level that made the last step', async () => {
      const afterIndustry = aCase({ approvals: [industryStep], awaitingLevel: 'center' });
      const { fixture } = await setUp('reviewer', afterIndustry, [], { policyView: policy, unitList: units });
      expect(actionIds(fixture.nativeElement as HTMLElement)).toEqual([
        'case-action-reject',
        'case-action-return',
        'case-action-withdraw',
      ]);
    });

    it('shows the notice of an approved case, and records an objection that sends it back to review', async () => {
      const today = todayInCenter();
      const inNotice = aCase({
        status: 'approved',
        approvedAmount: 450000,
        approvals: [industryStep],
        awaitingLevel: null,
        awaitingUnit: null,
        noticeStartsOn: today,
        noticeEndsOn: dayDaysAfter(today, 5),
      });
      const { fixture, http } = await setUp('reviewer', inNotice, [], {
        policyView: policy,
        unitList: units,
      });
      http.expectOne(CASE_DISBURSEMENTS_URL('c-1')).flush([]);
      await settle(fixture);
      expect(text('notice-period')).toBe(`公示中：${today} 至 ${dayDaysAfter(today, 5)}`);
      document.querySelector<HTMLButtonElement>('[data-testid="notice-object"]')?.click();
      await settle(fixture);
      document.querySelector<HTMLElement>('[data-testid="objection-channel"]')?.click();
      await settle(fixture);
      document.querySelector<HTMLElement>('[data-testid="objection-channel-option-phone"]')?.click();
      await settle(fixture);
      const content = document.querySelector<HTMLTextAreaElement>('[data-testid="objection-content"]');
      if (!content) throw new Error('no content');
      content.value = ' 其家庭另有经营收入 ';
      content.dispatchEvent(new Event('input'));
      document.querySelector<HTMLButtonElement>('[data-testid="objection-save"]')?.click();
      await settle(fixture);
      const request = http.expectOne({ method: 'POST', url: `${CASES_URL}/c-1/objections` });
      expect(request.request.body).toEqual({ content: '其家庭另有经营收入', receivedVia: 'phone' });
      request.flush(submitted);
      await settle(fixture);
      const objection: CaseHistoryEntry = {
        at: '2026-11-25T02:00:00Z',
        actorId: 'u-x',
        actorName: '王审核',
        action: 'objection',
        fromStatus: 'approved',
        toStatus: 'submitted',
        comment: '其家庭另有经营收入',
        detail: { receivedVia: 'phone' },
      };
      http.expectOne(`${CASES_URL}/c-1/history`).flush([...history, objection]);
      await settle(fixture);
      expect(document.querySelector('[data-testid="notice-banner"]')).toBeNull();
      expect(text('case-history-detail-2')).toBe('异议来源：电话');
    });

    it('keeps finance from paying while the case is in notice, and says until when', async () => {
      const end = dayDaysAfter(todayInCenter(), 3);
      const inNotice = aCase({
        status: 'approved',
        approvedAmount: 450000,
        noticeStartsOn: todayInCenter(),
        noticeEndsOn: end,
      });
      const { fixture, http } = await setUp('finance', inNotice, [], { unitId: 'c' });
      http.expectOne(CASE_DISBURSEMENTS_URL('c-1')).flush([]);
      await settle(fixture);
      const record = document.querySelector<HTMLButtonElement>('[data-testid="payment-record"]');
      expect(record?.disabled).toBe(true);
      expect(text('payment-in-notice')).toContain(`公示期内不能发放（至 ${end}）`);
      // Finance may neither approve nor object.
      expect(document.querySelector('[data-testid="notice-object"]')).toBeNull();
    });

    it('shows an approval step’s level, amount and where it went in the history', async () => {
      const step: CaseHistoryEntry = {
        at: '2026-11-22T02:00:00Z',
        actorId: 'u-r2',
        actorName: '陈审核',
        action: 'approve',
        fromStatus: 'submitted',
        toStatus: 'submitted',
        comment: null,
        detail: { level: 'industry', amount: 450000, final: false },
      };
      await setUp('caseworker', aCase({ approvals: [industryStep] }), [], {
        unitId: 's',
        caseHistory: [...history, step],
      });
      const parts = [...document.querySelectorAll('[data-testid="case-history-detail-2"] > *')].map((part) =>
        part.textContent?.trim(),
      );
      expect(parts).toEqual(['产业工会', '¥4,500.00', '提交上级审批']);
    });
  });
});
