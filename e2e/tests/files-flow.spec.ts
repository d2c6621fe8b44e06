import { expect, Page, test } from '@playwright/test';
import { checkCharacterOf, type WorkerView } from '@worker-aid/shared/domain';
import { ApiSetup } from '../support/api-setup';
import { logout, signIn } from '../support/session';

/** A 1×1 PNG and the smallest PDF that reads as one: real bytes, detected by their content. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const INCOME_PROOF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

/**
 * A year of one household: the caseworker files it with two proof documents, the reviewer
 * above approves it, the annual review finds it out of hardship and closes it, and a follow-up
 * visit finds it back in hardship, which opens a new draft prefilled from the old file.
 */
test('a hardship file from filing to relapse', async ({ page, request }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const password = 'e2e-password-123';
  const caseworker = `fcw${suffix.toLowerCase()}`;
  const reviewer = `frv${suffix.toLowerCase()}`;
  const setup = await ApiSetup.asAdmin(request);
  const center = await setup.rootUnit();
  const industry = await setup.unit(center.id, 'industry', `FIND-${suffix}`, '市财贸轻纺工会');
  const station = await setup.unit(industry.id, 'grassroots', `FWS-${suffix}`, '滁州第二纺织厂帮扶工作站');
  await setup.user(station.id, 'caseworker', caseworker, '刘专干', password);
  await setup.user(industry.id, 'reviewer', reviewer, '陈审核', password);
  await setup.put('/api/standards', {
    unitId: industry.id,
    effectiveFrom: '2024-07-01',
    povertyLine: 79_000,
  });
  const first17 = `3411021975061${String(Math.floor(Math.random() * 9_000) + 1_000)}`;
  const worker = await setup.post<WorkerView>('/api/workers', {
    name: '周志强',
    idNumber: first17 + checkCharacterOf(first17),
    unitId: station.id,
  });

  // The caseworker files the household from the worker's page; the tier follows the incomes.
  await signIn(page, caseworker, password);
  await page.goto(`/workers/${worker.id}`);
  await page.getByTestId('worker-new-file').click();
  await expect(page.getByTestId('member-name-0')).toHaveValue('周志强');
  await page.getByTestId('member-birth-year-0').fill('1975');
  await page.getByTestId('member-work-0').click();
  await page.getByTestId('member-work-0-option-employed').click();
  await page.getByTestId('member-income-0').fill('1200');
  await page.getByTestId('member-add').click();
  await page.getByTestId('member-name-1').fill('李红');
  await page.getByTestId('member-relation-1').click();
  await page.getByTestId('member-relation-1-option-spouse').click();
  await page.getByTestId('member-birth-year-1').fill('1977');
  await page.getByTestId('member-work-1').click();
  await page.getByTestId('member-work-1-option-unemployed').click();
  await page.getByTestId('member-income-1').fill('0');
  await expect(page.getByTestId('tier-result')).toContainText('深度困难');
  await page.getByTestId('household-main-cause').click();
  await page.getByTestId('main-cause-option-unemployment').click();
  await page.getByTestId('file-save').click();
  await expect(page.getByTestId('file-no')).toHaveText(/^DA-\d{4}-\d{6}$/);
  const fileUrl = page.url();
  await expect(page.getByTestId('file-status')).toContainText('草稿');
  await expect(page.getByTestId('file-per-capita')).toContainText('600.00');

  // Two proof documents at once: an income certificate and a photo of the home visit.
  await page.getByTestId('document-kind').click();
  await page.getByTestId('document-kind-income_proof').click();
  await page.getByTestId('document-input').setInputFiles([
    { name: '收入证明.pdf', mimeType: 'application/pdf', buffer: INCOME_PROOF },
    { name: '入户走访.png', mimeType: 'image/png', buffer: PHOTO },
  ]);
  await expect(page.getByTestId('document-name')).toHaveCount(2);
  await expect(page.getByTestId('document-thumbnail')).toHaveCount(1);
  // The thumbnail is really shown (an object URL the page's security policy must allow).
  await expect
    .poll(() => page.getByTestId('document-thumbnail').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);

  await fileAction(page, 'submit');
  await expect(page.getByTestId('file-status')).toContainText('已提交');
  await expect(page.getByTestId('file-action-approve')).toHaveCount(0);
  await logout(page);

  // The reviewer of the industry union approves it: the household is on file for a year.
  await signIn(page, reviewer, password);
  await page.goto(fileUrl);
  await expect(page.getByTestId('document-name')).toHaveCount(2);
  await fileAction(page, 'approve');
  await expect(page.getByTestId('file-status')).toContainText('在档');
  await expect(page.getByTestId('file-review-due')).not.toHaveText('—');
  await logout(page);

  // The annual review: the worker earns more now, the household is in no tier and leaves.
  await signIn(page, caseworker, password);
  await page.goto(fileUrl);
  await page.getByTestId('file-action-review').click();
  await page.getByTestId('member-income-0').fill('4000');
  await expect(page.getByTestId('tier-result')).toContainText('不符合建档条件');
  await page.getByTestId('file-review-save').click();
  await expect(page.getByTestId('file-status')).toContainText('已脱困');
  await expect(page.getByTestId('file-exit-reason')).toContainText('收入超过标准');
  await expect(page.getByTestId('file-follow-ups').locator('tbody tr')).toHaveCount(3);

  // A follow-up visit finds the household back in hardship: a new draft, prefilled.
  await page.getByTestId('file-action-followUp').click();
  await page.getByTestId('follow-up-relapsed-yes').click();
  await page.getByTestId('follow-up-note').fill('配偶确诊重病，收入骤降');
  await page.getByTestId('follow-up-confirm').click();
  await expect(page.getByTestId('file-reopened-from')).toBeVisible();
  await expect(page.getByTestId('file-status')).toContainText('草稿');
  await expect(page).not.toHaveURL(fileUrl);
  await expect(page.getByTestId('file-members')).toContainText('李红');
});

/** A transition from the file page, confirmed in its dialog. */
async function fileAction(page: Page, action: string): Promise<void> {
  await page.getByTestId(`file-action-${action}`).click();
  await page.getByTestId('file-action-confirm').click();
}
