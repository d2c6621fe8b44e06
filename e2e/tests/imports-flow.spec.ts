import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { checkCharacterOf, type Page as ListPage, type WorkerView } from '@worker-aid/shared/domain';
import { ApiSetup } from '../support/api-setup';
import { signIn } from '../support/session';

/** A valid identity number born on 1980-03-<day> (region 341102). */
function idNumber(day: number, serial: number): string {
  const first17 = `34110219800${day < 10 ? `30${day}` : `3${day}`}${String(serial).padStart(3, '0')}`;
  return first17 + checkCharacterOf(first17);
}

/**
 * The first day of the software: a union's caseworker downloads the template, fills it with ten
 * workers (two of them wrong), uploads it, reads what is wrong, commits, and finds eight workers.
 */
test('a worker sheet from template to registered workers', async ({ page, request }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const password = 'e2e-password-123';
  const caseworker = `icw${suffix.toLowerCase()}`;
  const setup = await ApiSetup.asAdmin(request);
  const center = await setup.rootUnit();
  const industry = await setup.unit(center.id, 'industry', `IIND-${suffix}`, '市机械冶金工会');
  const station = await setup.unit(industry.id, 'grassroots', `IWS-${suffix}`, '滁州机床厂帮扶工作站');
  await setup.user(industry.id, 'caseworker', caseworker, '孙专干', password);

  await signIn(page, caseworker, password);
  await page.goto('/imports');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('import-template-zh').click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).getCell(1).value).toBe('姓名');

  // Ten rows over the example: the 4th has a wrong check character, the 7th a unit not in scope.
  const serial = Math.floor(Math.random() * 900) + 1;
  for (let i = 0; i < 10; i++) {
    const number = idNumber(10 + i, serial);
    const values = [
      `导入${suffix}-${i + 1}`,
      i === 3 ? `${number.slice(0, 17)}${number[17] === '0' ? '1' : '0'}` : number,
      i === 6 ? 'NO-SUCH-UNIT' : station.code,
      '',
      '13900139000',
      '滁州机床厂',
      '',
      i % 2 ? '是' : '否',
      '',
    ];
    sheet.getRow(2 + i).values = values;
  }
  const filled = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.getByTestId('import-file-input').setInputFiles({
    name: '机床厂职工.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: filled,
  });
  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('import-status')).toContainText('待确认', { timeout: 30_000 });
  await expect(page.getByTestId('import-count-total')).toContainText('10');
  await expect(page.getByTestId('import-count-valid')).toContainText('8');
  await expect(page.getByTestId('import-count-invalid')).toContainText('2');
  const problems = page.getByTestId('import-problem-row');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('5');
  await expect(problems.nth(0)).toContainText('身份证号');
  await expect(problems.nth(1)).toContainText('8');
  await expect(problems.nth(1)).toContainText('单位代码');

  await page.getByTestId('import-commit').click();
  await page.getByTestId('import-commit-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('8', { timeout: 30_000 });
  await expect(page.getByTestId('import-count-imported')).toContainText('8');

  await page.getByTestId('import-workers-link').click();
  await expect(page).toHaveURL(/\/workers/);
  const found = await setup.get<ListPage<WorkerView>>(
    `/api/workers?q=${encodeURIComponent(`导入${suffix}`)}&limit=50`,
  );
  expect(found.items).toHaveLength(8);
  expect(found.items.every((worker) => worker.unitId === station.id)).toBe(true);
});
