import { expect, test } from '@playwright/test';
import { checkCharacterOf, type CaseView, type FundView, type WorkerView } from '@worker-aid/shared/domain';
import { ApiSetup } from '../support/api-setup';

/**
 * Finance pays an approved case out of a fund in two parts: the remaining amount and the
 * fund's balance follow each payment, and the case shows as disbursed when fully paid.
 */
test('finance pays an approved case in two parts', async ({ page, request }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const password = 'e2e-password-123';
  const admin = await ApiSetup.asAdmin(request);
  const center = await admin.rootUnit();
  const industry = await admin.unit(center.id, 'industry', `PIND-${suffix}`, '市建设工会');
  const station = await admin.unit(industry.id, 'grassroots', `PWS-${suffix}`, '农民工服务站');
  const names = {
    caseworker: `pc${suffix.toLowerCase()}`,
    reviewer: `pr${suffix.toLowerCase()}`,
    finance: `pf${suffix.toLowerCase()}`,
  };
  await admin.user(station.id, 'caseworker', names.caseworker, '周专干', password);
  await admin.user(industry.id, 'reviewer', names.reviewer, '吴审核', password);
  await admin.user(center.id, 'finance', names.finance, '李会计', password);
  const fund = await admin.post<FundView>('/api/funds', {
    code: `FUND-${suffix}`,
    name: '工会帮扶专项资金',
    source: 'union_budget',
  });
  await admin.post(`/api/funds/${fund.id}/allocations`, { amount: 10_000_000, note: '年度下拨' });

  // A hardship case of ¥3,000.00, approved in full.
  const caseworker = await ApiSetup.as(request, names.caseworker, password);
  const first17 = `34110219850707${String(Date.now() % 1000).padStart(3, '0')}`;
  const worker = await caseworker.post<WorkerView>('/api/workers', {
    name: '赵铁柱',
    idNumber: first17 + checkCharacterOf(first17),
    unitId: station.id,
    migrantWorker: true,
  });
  const aidCase = await caseworker.post<CaseView>('/api/cases', {
    type: 'hardship',
    workerId: worker.id,
    requestedAmount: 300_000,
    summary: '工地受伤停工，家庭生活困难',
    details: { cause: 'accident', householdSize: 4, monthlyHouseholdIncome: 120_000 },
  });
  await caseworker.post(`/api/cases/${aidCase.id}/submit`, {}, 200);
  const reviewer = await ApiSetup.as(request, names.reviewer, password);
  await reviewer.post(`/api/cases/${aidCase.id}/approve`, { approvedAmount: 300_000 }, 200);

  await page.goto('/login');
  await page.getByTestId('login-username').fill(names.finance);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
  await page.goto(`/cases/${aidCase.id}`);
  await expect(page.getByTestId('case-status')).toContainText('已批准');
  await expect(page.getByTestId('case-remaining-amount')).toContainText('¥3,000.00');

  // First part: ¥1,200.50 by bank transfer.
  await page.getByTestId('payment-record').click();
  await page.getByTestId('payment-fund').click();
  await page.getByTestId(`payment-fund-option-${fund.code}`).click();
  await page.getByTestId('payment-amount').fill('1200.50');
  await page.getByTestId('payment-reference').fill('BANK-0001');
  await page.getByTestId('payment-save').click();
  await expect(page.getByTestId('case-paid-amount')).toContainText('¥1,200.50');
  await expect(page.getByTestId('case-remaining-amount')).toContainText('¥1,799.50');
  await expect(page.getByTestId('case-status')).toContainText('已批准');

  // Second part: the rest, which completes the case.
  await page.getByTestId('payment-record').click();
  await page.getByTestId('payment-fund').click();
  await page.getByTestId(`payment-fund-option-${fund.code}`).click();
  await page.getByTestId('payment-amount').fill('1799.50');
  await page.getByTestId('payment-save').click();
  await expect(page.getByTestId('case-status')).toContainText('已发放');
  await expect(page.getByTestId('case-paid-amount')).toContainText('¥3,000.00');
  await expect(page.getByTestId('payment-row-1')).toBeVisible();
  await expect(page.getByTestId('payment-record')).toHaveCount(0);

  // The fund's balance went down by exactly the two payments.
  await page.getByTestId('nav-funds').click();
  await expect(page.getByTestId(`fund-balance-${fund.code}`)).toContainText('¥97,000.00');
});
