import { expect, test, type Page } from '@playwright/test';
import {
  checkCharacterOf,
  type CaseType,
  type CaseView,
  type FundView,
  type UnitView,
  type WorkerView,
} from '@worker-aid/shared/domain';
import { Workbook } from 'exceljs';
import { ApiSetup } from '../support/api-setup';

/**
 * The manager of the center reads the disbursement report: the cards add up what finance paid in
 * two industry unions, a drill-down into one union shows only its figures, and the Excel export of
 * that union carries the same total. Payments are dated 2015, so other flows' payments (paid today)
 * stay out of the period.
 */
test('the manager reads the disbursement report, drills into a union and exports it', async ({
  page,
  request,
}) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const password = 'e2e-password-123';
  const admin = await ApiSetup.asAdmin(request);
  const center = await admin.rootUnit();
  const unionA = await admin.unit(center.id, 'industry', `RA-${suffix}`, `市建设工会 ${suffix}`);
  const unionB = await admin.unit(center.id, 'industry', `RB-${suffix}`, `市卫生工会 ${suffix}`);
  const stationA = await admin.unit(unionA.id, 'grassroots', `RA1-${suffix}`, '建筑工地帮扶工作站');
  const stationB = await admin.unit(unionB.id, 'grassroots', `RB1-${suffix}`, '市人民医院工会帮扶工作站');
  const login = (role: string) => `d${role}${suffix.toLowerCase()}`;
  await admin.user(center.id, 'manager', login('m'), '王主任', password);
  await admin.user(center.id, 'finance', login('f'), '李会计', password);
  await admin.user(unionA.id, 'reviewer', login('ra'), '吴审核', password);
  await admin.user(unionB.id, 'reviewer', login('rb'), '陈审核', password);
  await admin.user(stationA.id, 'caseworker', login('ca'), '周专干', password);
  await admin.user(stationB.id, 'caseworker', login('cb'), '刘专干', password);
  const fund = await admin.post<FundView>('/api/funds', {
    code: `RPT-${suffix}`,
    name: '工会帮扶专项资金',
    source: 'union_budget',
  });
  await admin.post(`/api/funds/${fund.id}/allocations`, { amount: 100_000_000, note: '年度下拨' });
  const finance = await ApiSetup.as(request, login('f'), password);

  let serial = Date.now() % 900;
  /** A worker of the station with an approved case of `amount`, paid in the given parts on 2015 dates. */
  async function paidCase(
    station: UnitView,
    union: 'a' | 'b',
    name: string,
    type: CaseType,
    details: object,
    payments: [string, number][],
  ): Promise<void> {
    const caseworker = await ApiSetup.as(request, login(`c${union}`), password);
    const first17 = `34110219800101${String(serial++).padStart(3, '0')}`;
    const worker = await caseworker.post<WorkerView>('/api/workers', {
      name,
      idNumber: first17 + checkCharacterOf(first17),
      unitId: station.id,
    });
    const amount = payments.reduce((sum, [, part]) => sum + part, 0);
    const aidCase = await caseworker.post<CaseView>('/api/cases', {
      type,
      workerId: worker.id,
      requestedAmount: amount,
      summary: '家庭生活困难，申请帮扶',
      details,
    });
    await caseworker.post(`/api/cases/${aidCase.id}/submit`, {}, 200);
    const reviewer = await ApiSetup.as(request, login(`r${union}`), password);
    await reviewer.post(`/api/cases/${aidCase.id}/approve`, { approvedAmount: amount }, 200);
    for (const [index, [paidOn, part]] of payments.entries()) {
      await finance.post(
        `/api/cases/${aidCase.id}/disbursements`,
        { amount: part, fundId: fund.id, method: 'bank', paidOn },
        201,
        { 'Idempotency-Key': `${aidCase.id}-${index}` },
      );
    }
  }

  const hardship = { cause: 'accident', householdSize: 3, monthlyHouseholdIncome: 150_000 };
  // Union A: two workers with hardship aid, ¥3,000.00 and ¥1,200.50.
  await paidCase(stationA, 'a', '赵铁柱', 'hardship', hardship, [['2015-03-10', 300_000]]);
  await paidCase(stationA, 'a', '钱秀英', 'hardship', hardship, [['2015-06-20', 120_050]]);
  // Union B: one worker with medical aid of ¥2,500.00, paid in two parts.
  const medical = {
    hospital: '市第一人民医院',
    diagnosis: '腰椎骨折',
    totalCost: 800_000,
    insuranceReimbursed: 500_000,
    outOfPocket: 300_000,
  };
  await paidCase(stationB, 'b', '孙建华', 'medical', medical, [
    ['2015-04-01', 100_000],
    ['2015-09-15', 150_000],
  ]);

  await page.goto('/login');
  await page.getByTestId('login-username').fill(login('m'));
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
  await page.getByTestId('nav-reports').click();
  await expect(page.getByTestId('report-breadcrumb')).toContainText(center.name);

  // The year 2015 for the whole center: both unions.
  await page.getByTestId('report-from').fill('2015-01-01');
  await page.getByTestId('report-to').fill('2015-12-31');
  await page.getByTestId('report-apply').click();
  await expect(page).toHaveURL(/from=2015-01-01&to=2015-12-31/);
  await expectCard(page, 'total', { persons: '3', personTimes: '4', amount: '¥6,700.50' });
  await expectCard(page, 'hardship', { persons: '2', personTimes: '2', amount: '¥4,200.50' });
  await expectCard(page, 'medical', { persons: '1', personTimes: '2', amount: '¥2,500.00' });
  await expectCard(page, 'education', { persons: '0', personTimes: '0', amount: '¥0.00' });
  await expect(page.getByTestId('report-trend-chart')).toBeVisible();

  // Drill down into union A by its row.
  const rowA = page.locator(`[data-testid="report-unit-row"][data-unit-id="${unionA.id}"]`);
  await expect(rowA).toContainText('¥4,200.50');
  await rowA.click();
  await expect(page.getByTestId('report-breadcrumb')).toContainText(unionA.name);
  await expectCard(page, 'total', { persons: '2', personTimes: '2', amount: '¥4,200.50' });
  await expect(page.getByTestId('report-unit-row')).toHaveCount(1);
  await expect(page.getByTestId('report-unit-row')).toContainText(stationA.name);

  // The union's report as an Excel file: its totals row holds the union's amount (in yuan).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('report-export-xlsx').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  let totalsRow: unknown[] | null = null;
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (values[0] === '合计') totalsRow = values;
  });
  expect(totalsRow).not.toBeNull();
  expect((totalsRow ?? []).filter((value) => typeof value === 'number').at(-1)).toBe(4200.5);

  // Back up to the center by the breadcrumb, then to union B by the unit filter.
  await page.getByTestId('report-breadcrumb').getByRole('button', { name: center.name }).click();
  await expectCard(page, 'total', { persons: '3', personTimes: '4', amount: '¥6,700.50' });
  await page.getByTestId('report-unit').click();
  await page.getByTestId(`report-unit-option-${unionB.code}`).click();
  await page.getByTestId('report-apply').click();
  await expect(page.getByTestId('report-breadcrumb')).toContainText(unionB.name);
  await expectCard(page, 'total', { persons: '1', personTimes: '2', amount: '¥2,500.00' });
  await expectCard(page, 'hardship', { persons: '0', personTimes: '0', amount: '¥0.00' });
});

async function expectCard(
  page: Page,
  key: string,
  figures: { persons: string; personTimes: string; amount: string },
): Promise<void> {
  const card = page.getByTestId(`report-card-${key}`);
  await expect(card.getByTestId('report-amount')).toHaveText(figures.amount);
  await expect(card.getByTestId('report-persons')).toHaveText(figures.persons);
  await expect(card.getByTestId('report-person-times')).toHaveText(figures.personTimes);
}
