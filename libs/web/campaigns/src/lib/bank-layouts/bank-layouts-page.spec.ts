import type { ComponentFixture } from '@angular/core/testing';
import type { HttpTestingController } from '@angular/common/http/testing';
import { DEFAULT_BANK_LAYOUT, type BankLayout } from '@worker-aid/shared/domain';
import { aUser, byTestId, renderComponent, settle, typeInto } from '@worker-aid/web/core/testing';
import { BANK_LAYOUTS_URL } from './bank-layouts-api';
import { BankLayoutsPage } from './bank-layouts-page';

const TEXTS = {
  apiErrors: { bank_layout: { not_found: '没有这个代发格式' } },
  batches: {
    layouts: {
      fields: { account: '账号', idNumber: '身份证号' },
      problems: {
        bankName: '请填写银行名称（不超过 {{max}} 个字）。',
        missingField: '缺少必需列：{{field}}。',
      },
    },
  },
};

const icbc: BankLayout = {
  ...DEFAULT_BANK_LAYOUT,
  id: 'bl-1',
  bankName: '工商银行',
  updatedAt: '2026-11-29T02:00:00.000Z',
  updatedBy: 'u-admin',
};

describe('BankLayoutsPage', () => {
  let fixture: ComponentFixture<BankLayoutsPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    const rendered = await renderComponent(BankLayoutsPage, { user: aUser('admin'), texts: TEXTS });
    ({ fixture, http, element } = rendered);
    await fixture.whenStable();
    http.expectOne(BANK_LAYOUTS_URL).flush([icbc]);
    await settle(fixture);
  }, 30_000);
  afterEach(() => http.verify());

  function problems(): string[] {
    return [...element.querySelectorAll('[data-testid="bank-layout-problem"]')].map(
      (p) => p.textContent?.trim() ?? '',
    );
  }

  async function click(testId: string): Promise<void> {
    byTestId(element, testId).click();
    await settle(fixture);
  }

  it('says what is wrong before saving, and sends nothing', async () => {
    await click('bank-layout-remove-2'); // 账号
    await click('bank-layout-save');
    expect(problems()).toEqual(['请填写银行名称（不超过 50 个字）。', '缺少必需列：账号。']);
  });

  it('creates a new layout from the default one, trimmed', async () => {
    await typeInto(fixture, 'bank-layout-name', ' 建设银行 ');
    await click('bank-layout-down-0'); // 序号 after 户名
    await click('bank-layout-save');
    const request = http.expectOne({ method: 'POST', url: BANK_LAYOUTS_URL });
    expect(request.request.body).toEqual({
      bankName: '建设银行',
      columns: [
        DEFAULT_BANK_LAYOUT.columns[1],
        DEFAULT_BANK_LAYOUT.columns[0],
        ...DEFAULT_BANK_LAYOUT.columns.slice(2),
      ],
      resultColumns: DEFAULT_BANK_LAYOUT.resultColumns,
    });
    request.flush({ ...icbc, id: 'bl-2', bankName: '建设银行' });
    await settle(fixture);
    expect(element.querySelector('[data-testid="bank-layout-建设银行"]')).not.toBeNull();
  });

  it('saves an edited layout in place, and shows the API’s refusal by its code', async () => {
    await click('bank-layout-工商银行');
    await click('bank-layout-add');
    await click('bank-layout-save');
    const request = http.expectOne({ method: 'PUT', url: `${BANK_LAYOUTS_URL}/bl-1` });
    expect(request.request.body.columns.map((c: { field: string }) => c.field)).toEqual([
      'lineNo',
      'name',
      'account',
      'amount',
      'purpose',
      'idNumber',
    ]);
    request.flush(
      { statusCode: 404, code: 'bank_layout.not_found', message: 'x' },
      { status: 404, statusText: 'Not Found' },
    );
    await settle(fixture);
    expect(byTestId(element, 'bank-layout-error').textContent).toContain('没有这个代发格式');
    http.expectOne(BANK_LAYOUTS_URL).flush([]);
  });
});
