import { expect, test, type Page } from '@playwright/test';
import {
  CASE_TYPES,
  checkCharacterOf,
  NOTICE_SUBJECTS,
  UNIT_LEVELS,
  type ApprovalPolicy,
  type CaseView,
  type FundView,
  type WorkerView,
} from '@worker-aid/shared/domain';
import { ApiSetup } from '../support/api-setup';
import { logout, signIn } from '../support/session';

/** Medical aid above ¥5,000 goes on to the center and is posted for `medicalNoticeDays`; nothing else is limited. */
function policy(medicalNoticeDays: number): ApprovalPolicy {
  return {
    limits: CASE_TYPES.flatMap((type) =>
      UNIT_LEVELS.map((level) => ({
        type,
        level,
        limit: type !== 'medical' || level === 'center' ? null : level === 'industry' ? 500_000 : 0,
      })),
    ),
    noticeDays: NOTICE_SUBJECTS.map((type) => ({ type, days: type === 'medical' ? medicalNoticeDays : 0 })),
    objectionContact: '市困难职工帮扶中心，电话 0550-0000000',
  };
}

/** No limits and no notice: how the other flows expect cases to be decided. */
const NEUTRAL_POLICY: ApprovalPolicy = {
  limits: CASE_TYPES.flatMap((type) => UNIT_LEVELS.map((level) => ({ type, level, limit: null }))),
  noticeDays: NOTICE_SUBJECTS.map((type) => ({ type, days: 0 })),
  objectionContact: null,
};

async function approveInBrowser(page: Page, caseNo: string, yuan: string, outlook: RegExp): Promise<void> {
  await page.getByTestId('nav-review').click();
  await page.getByTestId(`review-row-${caseNo}`).click();
  await page.getByTestId('case-action-approve').click();
  // The dialog puts the cursor in the amount once it has opened: type only after that.
  await expect(page.getByTestId('approve-amount')).toBeFocused();
  await expect(page.getByTestId('approve-outlook')).toContainText(outlook);
  await page.getByTestId('approve-amount').fill(yuan);
  await page.getByTestId('approve-comment').fill('经入户核实，情况属实');
  await page.getByTestId('approve-confirm').click();
}

/**
 * Approval by level and public notice: a grassroots workstation logs ¥8,000 of medical aid, its
 * industry union approves it onward (above its ¥5,000 limit), the center approves it, the notice
 * shows it masked, an objection sends it back, it is approved again, and once the notice is over
 * (0 days by then) finance pays it.
 */
test('a medical case goes up two levels, is posted, objected to, approved again and paid', async ({
  page,
  request,
}) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const password = 'e2e-password-123';
  const login = (role: string) => `a${role}${suffix.toLowerCase()}`;
  const admin = await ApiSetup.asAdmin(request);
  const center = await admin.rootUnit();
  const industry = await admin.unit(center.id, 'industry', `AIND-${suffix}`, '市交通运输工会');
  const station = await admin.unit(industry.id, 'grassroots', `AWS-${suffix}`, '公交集团帮扶工作站');
  await admin.user(station.id, 'caseworker', login('cw'), '许专干', password);
  await admin.user(industry.id, 'reviewer', login('rv'), '韩审核', password);
  await admin.user(center.id, 'reviewer', login('cr'), '钱审批', password);
  await admin.user(center.id, 'finance', login('fi'), '孔会计', password);
  const fund = await admin.post<FundView>('/api/funds', {
    code: `AFUND-${suffix}`,
    name: '工会帮扶专项资金',
    source: 'union_budget',
  });
  await admin.post(`/api/funds/${fund.id}/allocations`, { amount: 5_000_000, note: '年度下拨' });
  await admin.put('/api/approval-policy', policy(5));
  try {
    await flow();
  } finally {
    await admin.put('/api/approval-policy', NEUTRAL_POLICY);
  }

  async function flow(): Promise<void> {
    // The workstation logs ¥8,000 of medical aid for 张建国 and submits it.
    const caseworker = await ApiSetup.as(request, login('cw'), password);
    const first17 = `34110219760315${String(Date.now() % 1000).padStart(3, '0')}`;
    const idNumber = first17 + checkCharacterOf(first17);
    const worker = await caseworker.post<WorkerView>('/api/workers', {
      name: '张建国',
      idNumber,
      unitId: station.id,
    });
    const logged = await caseworker.post<CaseView>('/api/cases', {
      type: 'medical',
      workerId: worker.id,
      requestedAmount: 800_000,
      summary: '妻子住院手术，自付费用较高',
      details: {
        hospital: '滁州市第一人民医院',
        diagnosis: '胆囊结石（术后）',
        totalCost: 2_600_000,
        insuranceReimbursed: 1_400_000,
        outOfPocket: 1_200_000,
      },
    });
    await caseworker.post(`/api/cases/${logged.id}/submit`, {}, 200);

    // The industry union's reviewer finds it in the inbox and approves it onward to the center.
    await signIn(page, login('rv'), password);
    await expect(page.getByTestId('inbox-count-review')).toHaveText('1');
    await approveInBrowser(page, logged.caseNo, '8000', /提交/);
    await expect(page.getByTestId('case-status')).toContainText('待审核');
    await expect(page.getByTestId('case-awaiting')).toContainText(center.name);
    await expect(page.getByTestId('case-step-0')).toContainText('市交通运输工会');
    await logout(page);

    // The center approves it: final, and posted for five days.
    await signIn(page, login('cr'), password);
    await approveInBrowser(page, logged.caseNo, '8000', /公示 5 天/);
    await expect(page.getByTestId('case-status')).toContainText('已批准');
    await expect(page.getByTestId('case-step-1')).toContainText(center.name);
    await expect(page.getByTestId('notice-period')).toBeVisible();

    // The notice shows the worker masked: 张*国, 341102********xxxx.
    await page.getByTestId('nav-notices').click();
    const row = page.getByTestId('notices-table').getByText(logged.caseNo).locator('xpath=ancestor::tr');
    await expect(row).toContainText('张*国');
    await expect(row).toContainText(`341102********${idNumber.slice(14)}`);
    await expect(page.getByTestId('notices-table')).not.toContainText('张建国');
    await expect(page.getByTestId('notices-table')).not.toContainText(idNumber);
    await logout(page);

    // A neighbour phones in an objection: the caseworker records it and the case is back in review.
    await signIn(page, login('cw'), password);
    await page.goto(`/cases/${logged.id}`);
    await page.getByTestId('notice-object').click();
    await page.getByTestId('objection-content').fill('群众来电反映：该职工家中另有门面房出租收入。');
    await page.getByTestId('objection-channel').click();
    await page.getByTestId('objection-channel-option-phone').click();
    await page.getByTestId('objection-save').click();
    await expect(page.getByTestId('case-status')).toContainText('待审核');
    await expect(page.getByTestId('case-history')).toContainText('门面房出租收入');
    await logout(page);

    // Checked and approved again, now with no notice for medical aid.
    await admin.put('/api/approval-policy', policy(0));
    const reviewer = await ApiSetup.as(request, login('rv'), password);
    await reviewer.post(`/api/cases/${logged.id}/approve`, { approvedAmount: 800_000 }, 200);
    const centerReviewer = await ApiSetup.as(request, login('cr'), password);
    const approved = await centerReviewer.post<CaseView>(
      `/api/cases/${logged.id}/approve`,
      { approvedAmount: 800_000 },
      200,
    );
    expect(approved.status).toBe('approved');
    expect(approved.noticeEndsOn).toBeNull();

    // Finance sees it waiting to be paid and pays it.
    await signIn(page, login('fi'), password);
    await expect(page.getByTestId('inbox-kind-toPay')).toBeVisible();
    await page.goto(`/cases/${logged.id}`);
    await page.getByTestId('payment-record').click();
    await page.getByTestId('payment-fund').click();
    await page.getByTestId(`payment-fund-option-${fund.code}`).click();
    await page.getByTestId('payment-amount').fill('8000');
    await page.getByTestId('payment-save').click();
    await expect(page.getByTestId('case-status')).toContainText('已发放');
  }
});
