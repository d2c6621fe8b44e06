import { HttpEventType } from '@angular/common/http';
import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { IMPORT_MAX_BYTES } from '@worker-aid/shared/domain';
import { aUser, byTestId, renderComponent, settle } from '@worker-aid/web/core/testing';
import { IMPORTS_URL, WORKER_IMPORTS_URL } from '@worker-aid/web/data-access';
import { anImportSummary } from '../../testing/import-fixtures';
import { ImportsPage } from './imports-page';

const TEXTS = {
  apiErrors: { import: { encrypted: '工作簿设置了密码' } },
  imports: {
    statuses: { validated: '待确认', done: '已完成' },
    template: { zh: '中文模板', en: 'English template', fileName: '职工导入模板' },
    errors: {
      tooLarge: '文件超过 {{max}}，未上传',
      type: '只能上传 xlsx 或 csv 文件',
      oneFile: '请一次上传一个文件',
      headings: '第 1 行缺少必需的表头：{{columns}}',
    },
  },
};

describe('ImportsPage', () => {
  let fixture: ComponentFixture<ImportsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let navigate: jest.SpyInstance;

  const first = anImportSummary({ id: 'i-2', fileName: '第二批.xlsx', status: 'done', imported: 3 });
  const second = anImportSummary();

  async function open(): Promise<void> {
    ({
      fixture,
      http,
      element: page,
    } = await renderComponent(ImportsPage, {
      texts: TEXTS,
      user: aUser('caseworker'),
    }));
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await fixture.whenStable();
    http
      .expectOne((req) => req.url === IMPORTS_URL && !req.params.has('cursor'))
      .flush({ items: [first], nextCursor: 'c1' });
    await settle(fixture);
  }

  function el<T extends HTMLElement = HTMLElement>(testId: string): T {
    return byTestId<T>(page, testId);
  }

  function sheet(name = '职工名单.xlsx', size?: number): File {
    const file = new File(['PK'], name);
    if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
    return file;
  }

  /** Chooses `files` in the file picker, as the browser does after "choose file". */
  async function choose(...files: File[]): Promise<void> {
    const input = el<HTMLInputElement>('import-file-input');
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
  }

  afterEach(() => http.verify());

  it('lists the recent imports, each opening its import, and loads more after the cursor', async () => {
    await open();
    const rows = () => [...page.querySelectorAll('[data-testid="import-row"]')];
    expect(el('imports-table')).toBeTruthy();
    expect(rows()).toHaveLength(1);
    expect(rows()[0].textContent).toContain('第二批.xlsx');
    expect(rows()[0].textContent).toContain('李专干');
    expect(rows()[0].textContent).toContain('已完成');
    expect(rows()[0].querySelector('a')?.getAttribute('href')).toBe('/imports/i-2');

    el('imports-more').click();
    http
      .expectOne((req) => req.url === IMPORTS_URL && req.params.get('cursor') === 'c1')
      .flush({ items: [second], nextCursor: null });
    await settle(fixture);
    expect(rows()).toHaveLength(2);
    expect(page.querySelector('[data-testid="imports-more"]')).toBeNull();
  });

  it('downloads the template, the interface language’s first', async () => {
    await open();
    const buttons = [...page.querySelectorAll('[data-testid^="import-template-"]')];
    expect(buttons.map((b) => b.getAttribute('data-testid'))).toEqual([
      'import-template-zh',
      'import-template-en',
    ]);
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    el('import-template-en').click();
    const request = http.expectOne((req) => req.url === `${WORKER_IMPORTS_URL}/template`);
    expect(request.request.params.get('lang')).toBe('en');
    request.flush(new Blob(['PK']));
    await settle(fixture);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('职工导入模板-en.xlsx');
    click.mockRestore();
  });

  it('uploads the chosen sheet with a progress bar, then opens its import', async () => {
    await open();
    await choose(sheet());
    const request = http.expectOne({ method: 'POST', url: WORKER_IMPORTS_URL });
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);

    request.event({ type: HttpEventType.UploadProgress, loaded: 1, total: 4 });
    await settle(fixture);
    expect(el('import-upload-progress').getAttribute('aria-valuenow')).toBe('25');
    expect(el<HTMLButtonElement>('import-choose').disabled).toBe(true);

    request.flush(anImportSummary({ id: 'i-9', status: 'queued' }), { status: 202, statusText: 'Accepted' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/imports', 'i-9']);
  });

  it('refuses before a byte is sent a sheet too large, of another type, or several at once', async () => {
    await open();
    await choose(sheet('big.xlsx', IMPORT_MAX_BYTES + 1));
    expect(el('import-upload-error').textContent).toContain('文件超过 10 MB，未上传');
    await choose(sheet('名单.xls'));
    expect(el('import-upload-error').textContent).toContain('只能上传 xlsx 或 csv 文件');

    const drop = new Event('drop', { cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { files: [sheet(), sheet('b.csv')], types: ['Files'] },
    });
    el('import-drop').dispatchEvent(drop);
    await settle(fixture);
    expect(el('import-upload-error').textContent).toContain('请一次上传一个文件');
    http.expectNone({ method: 'POST', url: WORKER_IMPORTS_URL });
  });

  it('takes a dropped csv', async () => {
    await open();
    const drop = new Event('drop', { cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [sheet('名单.CSV')], types: ['Files'] } });
    el('import-drop').dispatchEvent(drop);
    await settle(fixture);
    http.expectOne({ method: 'POST', url: WORKER_IMPORTS_URL }).flush(anImportSummary({ status: 'queued' }));
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/imports', 'i-1']);
  });

  it('says why the API refused the sheet, by its code: missing headings named in the interface language', async () => {
    await open();
    await choose(sheet());
    http
      .expectOne(WORKER_IMPORTS_URL)
      .flush(
        { statusCode: 400, code: 'import.headings', message: 'Row 1…', missing: ['idNumber', 'unitCode'] },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);
    expect(el('import-upload-error').textContent).toContain('第 1 行缺少必需的表头：身份证号、单位代码');
    expect(el<HTMLButtonElement>('import-choose').disabled).toBe(false);

    await choose(sheet());
    http
      .expectOne(WORKER_IMPORTS_URL)
      .flush(
        { statusCode: 400, code: 'import.encrypted', message: 'The workbook is password-protected.' },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);
    expect(el('import-upload-error').textContent).toContain('工作簿设置了密码');
    expect(navigate).not.toHaveBeenCalled();
  });
});
