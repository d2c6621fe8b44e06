import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { Translation } from '@jsverse/transloco';
import { todayInCenter, type UnitView } from '@worker-aid/shared/domain';
import { aUser, byTestId, renderComponent, settle } from '@worker-aid/web/core/testing';
import type { PutStandardRequest, StandardView } from '@worker-aid/shared/domain';
import { STANDARDS_HISTORY_URL, STANDARDS_URL, UNITS_URL } from '@worker-aid/web/data-access';
import { StandardsPage } from './standards-page';

/** The real zh-CN texts: the page must show the union's words, not keys. */
const zhCN = JSON.parse(
  readFileSync(join(__dirname, '../../../../../../web/public/i18n/zh-CN.json'), 'utf8'),
) as Translation;

const units: UnitView[] = [
  { id: 'c', code: 'CZ', name: '滁州市困难职工帮扶中心', level: 'center', parentId: null },
  { id: 'e', code: 'CZ-EDU', name: '市教育局工会', level: 'industry', parentId: 'c' },
  { id: 's', code: 'CZ-EDU-01', name: '滁州中学工会', level: 'grassroots', parentId: 'e' },
];

function standard(overrides: Partial<StandardView> = {}): StandardView {
  return {
    unitId: 'c',
    effectiveFrom: '2026-01-01',
    povertyLine: 123400,
    relativeMultiple: 2,
    suddenSharePercent: 80,
    inheritedFrom: null,
    ...overrides,
  };
}

const forbidden = {
  statusCode: 403,
  error: 'Forbidden',
  code: 'auth.forbidden',
  message: 'Your role may not do this.',
};

describe('StandardsPage', () => {
  let fixture: ComponentFixture<StandardsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;
  const today = todayInCenter();

  const text = (testId: string) => byTestId(document, testId).textContent?.replace(/\s+/g, ' ').trim();
  const current = (unitId: string) =>
    http.expectOne((req) => req.url === STANDARDS_URL && req.params.get('unitId') === unitId);
  const history = (unitId: string) =>
    http.expectOne((req) => req.url === STANDARDS_HISTORY_URL && req.params.get('unitId') === unitId);

  async function pickUnit(code: string): Promise<void> {
    byTestId(page, 'standards-unit').querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await settle(fixture);
    byTestId(document, `standards-unit-option-${code}`).click();
    await settle(fixture);
  }

  async function type(testId: string, value: string): Promise<void> {
    const input = byTestId<HTMLInputElement>(document, testId);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await settle(fixture);
  }

  /** The page for the center's admin, with the units loaded; the center's standard not yet answered. */
  async function open(): Promise<void> {
    ({
      fixture,
      http,
      element: page,
    } = await renderComponent(StandardsPage, { texts: zhCN, user: aUser('admin', { unitId: 'c' }) }));
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush(units);
    await settle(fixture);
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
  });

  it('shows the standard in force today for the own unit, and its history newest first', async () => {
    await open();
    const get = current('c');
    expect(get.request.params.get('on')).toBe(today);
    get.flush(standard({ effectiveFrom: '2026-01-01', povertyLine: 123400 }));
    history('c').flush([
      standard({
        effectiveFrom: '2025-01-01',
        povertyLine: 98000,
        relativeMultiple: 1.5,
        suddenSharePercent: 60,
      }),
      standard({ effectiveFrom: '2026-01-01', povertyLine: 123400 }),
    ]);
    await settle(fixture);

    expect(text('standards-current-line')).toBe('¥1,234.00 / 人·月');
    expect(text('standards-current-multiple')).toBe('×2.0');
    expect(text('standards-current-share')).toBe('80%');
    expect(page.querySelector('[data-testid="standards-inherited"]')).toBeNull();
    const rows = [...page.querySelectorAll('[data-testid="standards-history-row"]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['2026-01-01', '¥1,234.00', '×2.0', '80%'],
      ['2025-01-01', '¥980.00', '×1.5', '60%'],
    ]);
  });

  it('says where an inherited standard comes from, and when there is none at all', async () => {
    await open();
    current('c').flush({ code: 'standard.not_found' }, { status: 404, statusText: 'Not Found' });
    history('c').flush([]);
    await settle(fixture);
    expect(text('standards-none')).toContain('均未设置低保标准');
    expect(text('standards-no-history')).toContain('尚未设置过标准');

    await pickUnit('CZ-EDU-01');
    current('s').flush(standard({ unitId: 's', inheritedFrom: 'e', povertyLine: 78000 }));
    history('s').flush([]);
    await settle(fixture);
    expect(text('standards-current-line')).toBe('¥780.00 / 人·月');
    expect(text('standards-inherited')).toBe('subdirectory_arrow_right 继承自 市教育局工会');
  });

  it('never lets a slow answer for the previous unit overwrite the unit picked now', async () => {
    await open();
    current('c').flush(standard());
    history('c').flush([]);
    await settle(fixture);

    await pickUnit('CZ-EDU');
    const slowCurrent = current('e');
    const slowHistory = history('e');
    await pickUnit('CZ-EDU-01');
    // The previous unit's requests are cancelled: their answer can never arrive on the page.
    expect(slowCurrent.cancelled).toBe(true);
    expect(slowHistory.cancelled).toBe(true);
    current('s').flush(standard({ unitId: 's', povertyLine: 50000 }));
    history('s').flush([]);
    await settle(fixture);
    expect(text('standards-current-line')).toBe('¥500.00 / 人·月');
  });

  it('sets a new standard in fen with the day as YYYY-MM-DD, then shows it', async () => {
    await open();
    current('c').flush(standard());
    history('c').flush([standard()]);
    await settle(fixture);

    byTestId(page, 'standards-set').click();
    await settle(fixture);
    expect(text('standard-form-unit')).toBe('滁州市困难职工帮扶中心');
    await type('standard-effective-from', '2026-07-01');
    await type('standard-poverty-line', '1,350.5');
    byTestId(document, 'standard-multiple').querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await settle(fixture);
    byTestId(document, 'standard-multiple-option-15').click();
    await settle(fixture);
    await type('standard-sudden-share', '75');
    byTestId(document, 'standard-save').click();
    await settle(fixture);

    const put: TestRequest = http.expectOne({ method: 'PUT', url: STANDARDS_URL });
    expect(put.request.body).toEqual({
      unitId: 'c',
      effectiveFrom: '2026-07-01',
      povertyLine: 135050,
      relativeMultiple: 1.5,
      suddenSharePercent: 75,
    } satisfies PutStandardRequest);
    const saved = standard({
      effectiveFrom: '2026-07-01',
      povertyLine: 135050,
      relativeMultiple: 1.5,
      suddenSharePercent: 75,
    });
    put.flush(saved);
    await settle(fixture);
    // The page loads the unit again.
    current('c').flush(standard());
    history('c').flush([saved, standard()]);
    await settle(fixture);
    expect(page.querySelectorAll('[data-testid="standards-history-row"]')).toHaveLength(2);
    expect(document.querySelector('[data-testid="standard-form"]')).toBeNull();
  });

  it('checks the form before it sends anything', async () => {
    await open();
    current('c').flush({ code: 'standard.not_found' }, { status: 404, statusText: 'Not Found' });
    history('c').flush([]);
    await settle(fixture);

    byTestId(page, 'standards-set').click();
    await settle(fixture);
    // Defaults: ×2.0 and 80 %.
    expect(byTestId(document, 'standard-multiple').textContent).toContain('×2.0');
    expect(byTestId<HTMLInputElement>(document, 'standard-sudden-share').value).toBe('80');
    await type('standard-poverty-line', '12.345');
    await type('standard-sudden-share', '101');
    byTestId(document, 'standard-save').click();
    await settle(fixture);
    expect(text('standard-poverty-line-error')).toBe('请输入金额，最多两位小数，如 1234.50');
    expect(text('standard-sudden-share-error')).toBe('请输入 1–100 之间的整数');
    await type('standard-poverty-line', '0');
    expect(text('standard-poverty-line-error')).toBe('低保标准须大于 0 元');
    // http.verify() in afterEach: nothing was sent.
  });

  it('shows a refusal (403) in words, not the API’s English', async () => {
    await open();
    const pendingHistory = history('c');
    current('c').flush(forbidden, { status: 403, statusText: 'Forbidden' });
    // The page fails as one: the other half of the load is dropped.
    expect(pendingHistory.cancelled).toBe(true);
    await settle(fixture);
    expect(text('standards-error')).toContain('您的角色无权执行此操作');
    expect(text('standards-error')).not.toContain('Your role');
  });

  it('puts a 400 on the field it is about, translated', async () => {
    await open();
    current('c').flush(standard());
    history('c').flush([]);
    await settle(fixture);

    byTestId(page, 'standards-set').click();
    await settle(fixture);
    await type('standard-poverty-line', '900');
    byTestId(document, 'standard-save').click();
    await settle(fixture);
    http.expectOne({ method: 'PUT', url: STANDARDS_URL }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation',
        message: 'suddenSharePercent: Too large.',
        fields: [{ field: 'suddenSharePercent', code: 'max', message: 'Too large.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(text('standard-sudden-share-error')).toBe('数值过大');
    expect(document.body.textContent).not.toContain('Too large');
  });
});
