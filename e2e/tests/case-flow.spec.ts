import { expect, test } from '@playwright/test';
import { checkCharacterOf } from '@worker-aid/shared/domain';
import { ApiSetup } from '../support/api-setup';
import { logout, signIn } from '../support/session';

/**
 * The caseworker's daily work: register a hardship worker, log a medical-aid case and submit
 * it; the reviewer of the industry union above approves it; the caseworker sees it approved.
 */
test('a medical-aid case from registration to approval', async ({ page, request }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const password = 'e2e-password-123';
  const setup = await ApiSetup.asAdmin(request);
  const center = await setup.rootUnit();
  const industry = await setup.unit(center.id, 'industry', `IND-${suffix}`, '市卫生健康工会');
  const station = await setup.unit(industry.id, 'grassroots', `WS-${suffix}`, '市第一人民医院帮扶工作站');
  await setup.user(station.id, 'caseworker', `cw${suffix.toLowerCase()}`, '刘专干', password);
  await setup.user(industry.id, 'reviewer', `rv${suffix.toLowerCase()}`, '陈审核', password);

  const first17 = `341102197203140${Math.floor(Math.random() * 9)}${Math.floor(Math.random() * 9)}`.slice(
    0,
    17,
  );
  const idNumber = first17 + checkCharacterOf(first17);

  // The caseworker registers the worker; the identity number is checked as it is typed.
  await signIn(page, `cw${suffix.toLowerCase()}`, password);
  await page.getByTestId('nav-workers').click();
  await page.goto('/workers/new');
  await page.getByTestId('worker-name').fill('王秀英');
  await page.getByTestId('worker-id-number').fill(idNumber.slice(0, 17) + (idNumber[17] === '1' ? '2' : '1'));
  await expect(page.getByTestId('worker-id-feedback')).toContainText('校验码');
  await page.getByTestId('worker-id-number').fill(idNumber);
  await expect(page.getByTestId('worker-id-feedback')).toContainText('1972');
  await page.getByTestId('worker-unit').click();
  await page.getByTestId(`worker-unit-option-${station.code}`).click();
  await page.getByTestId('worker-employer').fill('滁州市第二纺织厂');
  await page.getByTestId('worker-bank-account').fill('6222 0213 1415 9265 358');
  await page.getByTestId('worker-save').click();
  await expect(page.getByTestId('worker-detail-name')).toHaveText('王秀英');
  await expect(page.getByTestId('worker-id-masked')).toHaveText(
    `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`,
  );
  await expect(page.getByTestId('worker-bank-account-masked')).toHaveText('6222 **** **** 5358');
  // Both numbers are stored encrypted; the caseworker may see them whole, and that is audited.
  await page.getByTestId('worker-reveal').click();
  await expect(page.getByTestId('worker-id-full')).toHaveText(idNumber);
  await expect(page.getByTestId('worker-bank-account-full')).toHaveText('6222 0213 1415 9265 358');
  // The account was a mistake: the file is edited (it has no phone or address) and the account taken off.
  await page.getByTestId('worker-edit').click();
  await page.getByTestId('worker-bank-account-remove').click();
  await expect(page.getByTestId('worker-bank-account')).toBeDisabled();
  await page.getByTestId('worker-save').click();
  await expect(page.getByTestId('worker-bank-account-none')).toHaveText('未登记');

  // A medical-aid case for this worker, amounts typed in yuan.
  await page.getByTestId('worker-new-case').click();
  await page.getByTestId('case-type').click();
  await page.getByTestId('case-type-option-medical').click();
  await page.getByTestId('case-detail-hospital').fill('滁州市第一人民医院');
  await page.getByTestId('case-detail-diagnosis').fill('慢性肾衰竭');
  await page.getByTestId('case-detail-totalCost').fill('86500');
  await page.getByTestId('case-detail-insuranceReimbursed').fill('51900');
  await page.getByTestId('case-requested').fill('20000');
  await page.getByTestId('case-summary').fill('丈夫长期住院治疗，家庭因病致贫');
  await page.getByTestId('case-save').click();
  await expect(page.getByTestId('case-no')).toHaveText(/^MED-\d{4}-\d{6}$/);
  const caseNo = (await page.getByTestId('case-no').textContent())?.trim() ?? '';
  await expect(page.getByTestId('case-status')).toContainText('草稿');
  await page.getByTestId('case-action-submit').click();
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('case-status')).toContainText('待审核');
  await expect(page.getByTestId('case-action-approve')).toHaveCount(0);
  await logout(page);

  // The reviewer finds it in the queue and approves ¥18,000.00.
  await signIn(page, `rv${suffix.toLowerCase()}`, password);
  await page.getByTestId('nav-review').click();
  await page.getByTestId(`review-row-${caseNo}`).click();
  await expect(page.getByTestId('case-no')).toHaveText(caseNo);
  await page.getByTestId('case-action-approve').click();
  await expect(page.getByTestId('approve-amount')).toBeFocused();
  await page.getByTestId('approve-amount').fill('18000');
  await page.getByTestId('approve-comment').fill('情况属实，同意救助');
  await page.getByTestId('approve-confirm').click();
  await expect(page.getByTestId('case-status')).toContainText('已批准');
  await logout(page);

  // The caseworker sees the decision and its history.
  await signIn(page, `cw${suffix.toLowerCase()}`, password);
  await page.getByTestId('nav-cases').click();
  await page.getByTestId(`case-row-${caseNo}`).click();
  await expect(page.getByTestId('case-status')).toContainText('已批准');
  await expect(page.getByTestId('case-history')).toContainText('情况属实，同意救助');
  await expect(page.getByTestId('case-history')).toContainText('陈审核');
});
