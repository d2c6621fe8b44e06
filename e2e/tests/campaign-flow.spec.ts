import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  CASE_TYPES,
  DEFAULT_BANK_LAYOUT,
  NOTICE_SUBJECTS,
  todayInCenter,
  UNIT_LEVELS,
  type ApprovalPolicy,
  type CampaignLineView,
  type FundView,
  type Page as ListPage,
} from '@worker-aid/shared/domain';
import { Workbook } from 'exceljs';
import { ApiSetup } from '../support/api-setup';
import { campaignLineRow, filedWorker, underPolicy } from '../support/campaigns';
import { logout, signIn } from '../support/session';

/** No limits and no notice for anything (the campaign's notice included): approved is payable at once. */
const NO_NOTICE_POLICY: ApprovalPolicy = {
  limits: CASE_TYPES.flatMap((type) => UNIT_LEVELS.map((level) => ({ type, level, limit: null }))),
  noticeDays: NOTICE_SUBJECTS.map((type) => ({ type, days: 0 })),
  objectionContact: null,
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A festival campaign (两节送温暖) from rules to the dashboard: an industry union's manager builds
 * this year's roster in the wizard (three filed workers), excludes one with a reason and submits
 * it; another reviewer of the union approves it (the manager may not: four eyes); finance creates
 * a bank batch, downloads the bank's payroll file, loads the bank's results with one failed line,
 * pays that line in a cash batch and records the receipt; the dashboard counts two persons, two
 * person-times and ¥1,300.00 of festival aid. Every step is taken in the browser; the API only
 * sets up the union, its people, the fund and the filed workers.
 */
test('a festival roster is built, trimmed, approved, paid by bank and in cash, and counted', async ({
  page,
  request,
}) => {
  // Five people sign in and out along the way: the longest flow of the suite.
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36).toUpperCase();
  const password = 'e2e-password-123';
  const login = (role: string) => `g${role}${suffix.toLowerCase()}`;
  const today = todayInCenter();
  const year = Number(today.slice(0, 4));

  const admin = await ApiSetup.asAdmin(request);
  const center = await admin.rootUnit();
  const union = await admin.unit(center.id, 'industry', `GIND-${suffix}`, `市机械冶金工会 ${suffix}`);
  const station = await admin.unit(union.id, 'grassroots', `GWS-${suffix}`, '滁州第一机床厂帮扶工作站');
  // The union's own administrator sets up its fund, so that its people see the fund.
  await admin.user(union.id, 'admin', login('ad'), '宋管理', password);
  await admin.user(union.id, 'manager', login('m'), '邓主任', password);
  await admin.user(union.id, 'reviewer', login('rv'), '彭审核', password);
  await admin.user(union.id, 'finance', login('fi'), '曹会计', password);
  await admin.user(station.id, 'caseworker', login('cw'), '魏专干', password);
  await admin.put('/api/standards', {
    unitId: union.id,
    effectiveFrom: `${year - 1}-01-01`,
    povertyLine: 79_000,
    relativeMultiple: 2,
  });
  const unionAdmin = await ApiSetup.as(request, login('ad'), password);
  const fund = await unionAdmin.post<FundView>('/api/funds', {
    code: `GFUND-${suffix}`,
    name: '送温暖专项资金',
    source: 'union_budget',
  });
  await unionAdmin.post(`/api/funds/${fund.id}/allocations`, { amount: 10_000_000, note: '两节送温暖' });

  await underPolicy(admin, NO_NOTICE_POLICY, flow);

  async function flow(): Promise<void> {
    // Three active hardship files in the station: two in deep hardship, one relative.
    const caseworker = await ApiSetup.as(request, login('cw'), password);
    const reviewer = await ApiSetup.as(request, login('rv'), password);
    const filed = (name: string, monthlyIncome: number) =>
      filedWorker({ caseworker, reviewer }, station.id, name, { monthlyIncome, bankAccount: true });
    const paidByBank = await filed('高建军', 60_000);
    const failedAtBank = await filed('罗桂兰', 120_000);
    const excluded = await filed('梁德明', 50_000);

    // The manager builds this year's festival roster in the wizard.
    await signIn(page, login('m'), password);
    await page.getByTestId('nav-campaigns').click();
    await page.getByTestId('campaign-create').click();
    await expect(page.getByTestId('campaign-name')).toHaveValue(`${year}年"两节"送温暖`);
    await expect(page.getByTestId('campaign-year')).toHaveValue(String(year));
    await page.getByTestId('campaign-fund').click();
    await page.getByTestId(`campaign-fund-option-${fund.code}`).click();
    await page.getByTestId('campaign-tier-sudden').click();
    await expect(page.getByTestId('campaign-amount-sudden')).toHaveCount(0);
    await page.getByTestId('campaign-amount-deep').fill('800');
    await page.getByTestId('campaign-amount-relative').fill('500');
    await page.getByTestId('campaign-build-roster').click();
    await expect(page.getByTestId('campaign-preview-lines')).toHaveText('3');
    await expect(page.getByTestId('campaign-preview-amount')).toHaveText('¥2,100.00');
    await expect(page.getByTestId('campaign-preview-tier-deep')).toContainText('¥1,600.00');
    await expect(page.getByTestId('campaign-preview-tier-relative')).toContainText('¥500.00');

    // One of them has left the works: the manager opens the draft and excludes him, with a reason.
    await page.getByTestId('campaign-open-draft').click();
    await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
    const campaignUrl = page.url();
    const campaignId = campaignUrl.split('/').at(-1) ?? '';
    await expect(page.getByTestId('campaign-status')).toContainText('草稿');
    await campaignLineRow(page, excluded.name).locator('[data-testid^="campaign-line-exclude-"]').click();
    await page.getByTestId('line-dialog-reason').fill('已调离本单位');
    await page.getByTestId('line-dialog-confirm').click();
    await expect(campaignLineRow(page, excluded.name)).toContainText('已剔除');
    await expect(campaignLineRow(page, excluded.name)).toContainText('已调离本单位');
    await expect(page.getByTestId('campaign-total-lines')).toHaveText('2');
    await expect(page.getByTestId('campaign-total-amount')).toHaveText('¥1,300.00');

    // Submitted for approval; the manager may decide campaigns, but not one of their own.
    await page.getByTestId('campaign-action-submit').click();
    await page.getByTestId('campaign-action-confirm').click();
    await expect(page.getByTestId('campaign-status')).toContainText('待审批');
    await expect(page.getByTestId('campaign-action-approve')).toHaveCount(0);
    await expect(page.getByTestId('campaign-four-eyes')).toBeVisible();
    await logout(page);

    // Another reviewer of the union approves it.
    await signIn(page, login('rv'), password);
    await page.goto(campaignUrl);
    await page.getByTestId('campaign-action-approve').click();
    await page.getByTestId('campaign-action-comment').fill('名单经公示无异议');
    await page.getByTestId('campaign-action-confirm').click();
    await expect(page.getByTestId('campaign-status')).toContainText('已批准');
    await logout(page);

    // Finance pays the two lines through the bank's payroll service.
    await signIn(page, login('fi'), password);
    await page.goto(campaignUrl);
    await page.getByTestId('campaign-batch-method').click();
    await page.getByTestId('campaign-batch-method-option-bank').click();
    await page.getByTestId('campaign-batch-create').click();
    await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}\/batches\/[0-9a-f-]{36}$/);
    const bankBatchId = page.url().split('/').at(-1) ?? '';

    // The payroll file (代发) from the batch page, and the bank's result file (回盘) back into it.
    const download = page.waitForEvent('download');
    await page.getByTestId('batch-download-xlsx').click();
    const payroll = await readFile((await (await download).path()) ?? '');
    const results = await bankResults(payroll, failedAtBank.name, '账户已销户');
    await page
      .getByTestId('batch-results-input')
      .setInputFiles({ name: '回盘.xlsx', mimeType: XLSX, buffer: results });
    await expect(page.getByTestId('batch-results-paid')).toContainText('1');
    await expect(page.getByTestId('batch-results-failed')).toContainText('1');
    await expect(page.getByTestId('batch-results-refused-count')).toContainText('0');

    // The failed line shows why on the roster.
    await page.goto(campaignUrl);
    await expect(campaignLineRow(page, failedAtBank.name)).toContainText('账户已销户');
    await expect(campaignLineRow(page, paidByBank.name)).toContainText('已发放');

    // It is paid in cash in a follow-up batch, and signed for on the receipt sheet.
    await page.goto(`${campaignUrl}/batches/${bankBatchId}`);
    await page.getByTestId('batch-follow-up').click();
    await page.getByTestId('batch-follow-up-cash').click();
    // The follow-up batch's page replaces the bank batch's.
    await expect(page).not.toHaveURL(new RegExp(bankBatchId));
    await expect(page).toHaveURL(/\/batches\/[0-9a-f-]{36}$/);
    const finance = await ApiSetup.as(request, login('fi'), password);
    const lines = await finance.get<ListPage<CampaignLineView>>(
      `/api/campaigns/${campaignId}/lines?q=${encodeURIComponent(failedAtBank.name)}`,
    );
    const failedLine = lines.items.find((line) => line.workerId === failedAtBank.id);
    expect(page.url()).toContain(failedLine?.batchId ?? 'no batch');
    await page.getByTestId('batch-print-receipts').click();
    await expect(page.getByTestId('receipts-sheet-row')).toHaveCount(1);
    await expect(page.getByTestId('receipts-sheet-row')).toContainText(failedAtBank.name);
    await page.goBack();
    await page.getByTestId(`batch-line-select-${failedLine?.lineNo}`).first().click();
    await page.getByTestId('batch-record-receipts').click();
    await expect(page.getByTestId('batch-status')).toContainText('已完成');
    await page.goto(campaignUrl);
    await expect(page.getByTestId('campaign-total-paid')).toHaveText('¥1,300.00');
    await expect(campaignLineRow(page, failedAtBank.name)).toContainText('已发放');
    await logout(page);

    // The manager's dashboard counts the festival aid of the union this year.
    await signIn(page, login('m'), password);
    await page.getByTestId('nav-reports').click();
    await expect(page.getByTestId('report-breadcrumb')).toContainText(union.name);
    await page.getByTestId('report-from').fill(`${year}-01-01`);
    await page.getByTestId('report-to').fill(today);
    await page.getByTestId('report-apply').click();
    const festival = page.getByTestId('report-card-festival');
    await expect(festival.getByTestId('report-amount')).toHaveText('¥1,300.00');
    await expect(festival.getByTestId('report-persons')).toHaveText('2');
    await expect(festival.getByTestId('report-person-times')).toHaveText('2');
  }
});

/** The roster's row (a table row on a desktop) of the worker named `name`. */
/**
 * The bank's result file (回盘) for a payroll file: each line's 序号 and the status column of
 * the default layout, 成功 for every line but the one of `failedName`, which fails with `reason`.
 */
async function bankResults(payroll: Buffer, failedName: string, reason: string): Promise<Buffer> {
  const source = new Workbook();
  await source.xlsx.load(new Uint8Array(payroll).buffer); // exceljs types a Buffer as an ArrayBuffer
  const sheet = source.worksheets[0];
  const layout = DEFAULT_BANK_LAYOUT;
  const headingOf = (field: string) => layout.columns.find((column) => column.field === field)?.heading ?? '';
  let headings: string[] = [];
  const rows: { lineRef: unknown; name: unknown }[] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((value) => (value === null ? '' : value));
    if (headings.length === 0) {
      if (values.includes(layout.resultColumns.lineRef)) headings = values.map(String);
      return;
    }
    const lineRef = values[headings.indexOf(headingOf('lineNo'))];
    // Lines only: not a totals row (合计) a bank's file may end with.
    if (/^\d+$/.test(String(lineRef)))
      rows.push({ lineRef, name: values[headings.indexOf(headingOf('name'))] });
  });
  expect(rows).toHaveLength(2);

  const result = new Workbook();
  const out = result.addWorksheet('回盘');
  const { lineRef, status, reason: reasonHeading, paidValue } = layout.resultColumns;
  out.addRow([lineRef, headingOf('name'), status, reasonHeading]);
  for (const row of rows) {
    const failed = row.name === failedName;
    out.addRow([row.lineRef, row.name, failed ? '失败' : paidValue, failed ? reason : '']);
  }
  return Buffer.from(await result.xlsx.writeBuffer());
}
