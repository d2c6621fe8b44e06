import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { ImportDetail, ImportProblem } from '@worker-aid/shared/domain';
import { aUser, byTestId, renderComponent, settle } from '@worker-aid/web/core/testing';
import { IMPORTS_URL } from '@worker-aid/web/data-access';
import { anImport, anImportSummary } from '../../testing/import-fixtures';
import { ImportPage } from './import-page';
import { IMPORT_POLL_MS } from './watch-import';

const TEXTS = {
  apiErrors: { import: { not_validated: '导入仍在校验中或已失败', corrupt: '文件已损坏' } },
  fieldErrors: {
    id_number: { check_character: '身份证号码校验位不正确' },
    duplicate_in_sheet: '身份证号与表中前面的行重复',
  },
  imports: {
    statuses: {
      validating: '校验中',
      validated: '待确认',
      importing: '导入中',
      done: '已完成',
      failed: '失败',
    },
    detail: {
      commit: '导入 {{count}} 名有效职工',
      done: '已导入 {{count}} 名职工。',
      failed: '导入失败',
      progress: { validating: '正在校验：{{processed}} / {{of}} 行' },
      problems: { cut: '仅显示前 {{count}} 条，完整结果见报告' },
    },
  },
};

/** The page polls every millisecond here; this lets a poll's timer fire. */
function aTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5));
}

describe('ImportPage', () => {
  let fixture: ComponentFixture<ImportPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  function el<T extends HTMLElement = HTMLElement>(testId: string): T {
    return byTestId<T>(document, testId);
  }

  function text(testId: string): string {
    return el(testId).textContent?.trim() ?? '';
  }

  function has(testId: string): boolean {
    return document.querySelector(`[data-testid="${testId}"]`) !== null;
  }

  async function click(testId: string): Promise<void> {
    el(testId).click();
    await settle(fixture);
  }

  /** Answers the next read of the import. */
  async function answer(detail: ImportDetail): Promise<void> {
    http.expectOne({ method: 'GET', url: `${IMPORTS_URL}/${detail.id}` }).flush(detail);
    await settle(fixture);
  }

  async function open(detail: ImportDetail): Promise<void> {
    ({
      fixture,
      http,
      element: page,
    } = await renderComponent(ImportPage, {
      texts: TEXTS,
      user: aUser('caseworker'),
      providers: [{ provide: IMPORT_POLL_MS, useValue: 1 }],
    }));
    fixture.componentRef.setInput('id', detail.id);
    await fixture.whenStable();
    await answer(detail);
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.remove());
  });

  it('shows the progress while validating, reads again until checked, then stops', async () => {
    const checking = { status: 'validating', validatedAt: null } as const;
    await open(anImport({ ...checking, processed: 2, valid: 2, invalid: 0, duplicates: 0, problems: [] }));
    expect(text('import-status')).toBe('校验中');
    expect(el('import-progress').querySelector('[aria-valuenow]')?.getAttribute('aria-valuenow')).toBe('40');
    expect(text('import-progress')).toContain('正在校验：2 / 5 行');
    expect(has('import-commit')).toBe(false);
    expect(has('import-report')).toBe(false);

    await aTick();
    await answer(anImport({ ...checking, processed: 4 }));
    expect(el('import-progress').querySelector('[aria-valuenow]')?.getAttribute('aria-valuenow')).toBe('80');

    await aTick();
    await answer(anImport());
    expect(text('import-status')).toBe('待确认');
    expect(has('import-progress')).toBe(false);
    expect(text('import-count-total')).toBe('5');
    expect(text('import-count-valid')).toBe('3');
    expect(text('import-count-invalid')).toBe('1');
    expect(text('import-count-duplicates')).toBe('1');
    expect(has('import-count-imported')).toBe(false);

    await aTick();
    await aTick();
    http.expectNone(`${IMPORTS_URL}/i-1`);
  });

  it('stops polling when the page closes', async () => {
    await open(anImport({ status: 'queued', processed: 0, validatedAt: null, problems: [] }));
    expect(has('import-progress')).toBe(true);
    fixture.destroy();
    await aTick();
    await aTick();
    http.expectNone(`${IMPORTS_URL}/i-1`);
  });

  it('lists the problems with the column’s heading and the rule’s text, an unknown code as it is', async () => {
    const unknown: ImportProblem = { row: 7, field: 'phone', code: 'phone.something_new', message: '…' };
    await open(anImport({ problems: [...anImport().problems, unknown] }));
    const rows = [...page.querySelectorAll('[data-testid="import-problem-row"]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3', '身份证号', '身份证号码校验位不正确'],
      ['5', '身份证号', '身份证号与表中前面的行重复'],
      ['7', '手机号码', 'phone.something_new'],
    ]);
    expect(has('import-problems')).toBe(true);
    expect(has('import-problems-cut')).toBe(false);
  });

  it('says when only the first 200 problems are shown', async () => {
    const problems = Array.from(
      { length: 200 },
      (_, i): ImportProblem => ({
        row: i + 2,
        field: 'unitCode',
        code: 'unit_code',
        message: '…',
      }),
    );
    await open(anImport({ total: 300, valid: 100, invalid: 200, duplicates: 0, problems }));
    expect(page.querySelectorAll('[data-testid="import-problem-row"]')).toHaveLength(200);
    expect(text('import-problems-cut')).toBe('仅显示前 200 条，完整结果见报告');
  });

  it('commits the valid rows after a confirmation, follows the import and says when it is done', async () => {
    await open(anImport());
    expect(text('import-commit')).toContain('导入 3 名有效职工');
    await click('import-commit');
    http.expectNone({ method: 'POST', url: `${IMPORTS_URL}/i-1/commit` });

    await click('import-commit-confirm');
    const summary = anImportSummary({ status: 'importing', processed: 0 });
    http
      .expectOne({ method: 'POST', url: `${IMPORTS_URL}/i-1/commit` })
      .flush(summary, { status: 202, statusText: 'Accepted' });
    await settle(fixture);
    // The import is read again at once, then while it is busy.
    await answer(anImport({ status: 'importing', processed: 1 }));
    expect(text('import-status')).toBe('导入中');
    expect(has('import-commit')).toBe(false);
    expect(has('import-progress')).toBe(true);

    await aTick();
    await answer(anImport({ status: 'done', processed: 3, imported: 3, finishedAt: '2026-11-20T02:01:00Z' }));
    expect(text('import-status')).toBe('已完成');
    expect(text('import-done')).toContain('已导入 3 名职工。');
    expect(el('import-workers-link').getAttribute('href')).toBe('/workers');
    expect(text('import-count-imported')).toBe('3');
    await aTick();
    http.expectNone(`${IMPORTS_URL}/i-1`);
  });

  it('shows a refused commit by its code in the dialog', async () => {
    await open(anImport());
    await click('import-commit');
    await click('import-commit-confirm');
    http
      .expectOne({ method: 'POST', url: `${IMPORTS_URL}/i-1/commit` })
      .flush(
        { statusCode: 409, code: 'import.not_validated', message: 'Still checking.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(text('import-commit-error')).toContain('导入仍在校验中或已失败');
  });

  it('offers no commit when no row is valid, but the report', async () => {
    await open(anImport({ valid: 0, invalid: 4 }));
    expect(has('import-commit')).toBe(false);
    expect(has('import-nothing-valid')).toBe(true);

    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    const anchorClick = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await click('import-report');
    const request = http.expectOne((req) => req.url === `${IMPORTS_URL}/i-1/report`);
    expect(request.request.params.get('lang')).toBe('zh-CN');
    request.flush(new Blob(['PK']), {
      headers: { 'Content-Disposition': 'attachment; filename="result.xlsx"' },
    });
    await settle(fixture);
    expect((anchorClick.mock.contexts[0] as HTMLAnchorElement).download).toBe('result.xlsx');
    anchorClick.mockRestore();
  });

  it('shows why a failed import failed, by its code', async () => {
    await open(anImport({ status: 'failed', failure: 'import.corrupt', validatedAt: null, problems: [] }));
    expect(text('import-status')).toBe('失败');
    expect(text('import-failed')).toContain('导入失败');
    expect(text('import-failed')).toContain('文件已损坏');
    expect(has('import-progress')).toBe(false);
  });

  it('says so when the import is not in the user’s scope', async () => {
    ({
      fixture,
      http,
      element: page,
    } = await renderComponent(ImportPage, {
      texts: { apiErrors: { import: { not_found: '没有找到这次导入' } } },
      user: aUser('caseworker'),
    }));
    fixture.componentRef.setInput('id', 'i-x');
    await fixture.whenStable();
    http
      .expectOne(`${IMPORTS_URL}/i-x`)
      .flush(
        { statusCode: 404, code: 'import.not_found', message: 'No.' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(fixture);
    expect(text('import-error')).toContain('没有找到这次导入');
  });
});
