import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ImportDetail, ImportSummary } from '@worker-aid/shared/domain';
import { firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { IMPORTS_URL, ImportsApi, type ImportUpload, WORKER_IMPORTS_URL } from './imports-api';

describe('ImportsApi', () => {
  let api: ImportsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ImportsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const summary: ImportSummary = {
    id: 'i-1',
    kind: 'workers',
    status: 'queued',
    fileName: '职工名单.xlsx',
    total: 0,
    processed: 0,
    valid: 0,
    invalid: 0,
    duplicates: 0,
    imported: 0,
    failure: null,
    unitId: 's',
    createdBy: { id: 'u-cw', displayName: '李专干' },
    createdAt: '2026-11-20T02:00:00Z',
    validatedAt: null,
    finishedAt: null,
  };

  it('downloads the template in the language asked for, with the server’s file name', async () => {
    const file = firstValueFrom(api.template('en'));
    const request = http.expectOne((req) => req.url === `${WORKER_IMPORTS_URL}/template`);
    expect(request.request.method).toBe('GET');
    expect(request.request.responseType).toBe('blob');
    expect(request.request.params.toString()).toBe('lang=en');
    const bytes = new Blob(['PK']);
    request.flush(bytes, {
      headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E6%A8%A1%E6%9D%BF.xlsx` },
    });
    await expect(file).resolves.toEqual({ blob: bytes, filename: '模板.xlsx' });
  });

  it('uploads the sheet as multipart `file`, reporting the progress, then the queued import', async () => {
    const sheet = new File(['PK'], '职工名单.xlsx');
    const events = firstValueFrom(api.uploadWorkers(sheet).pipe(toArray()));
    const request = http.expectOne({ method: 'POST', url: WORKER_IMPORTS_URL });
    expect(request.request.reportProgress).toBe(true);
    const body = request.request.body as FormData;
    expect([...body.keys()]).toEqual(['file']);
    expect((body.get('file') as File).name).toBe('职工名单.xlsx');

    request.event({ type: HttpEventType.UploadProgress, loaded: 1, total: 4 });
    request.event({ type: HttpEventType.UploadProgress, loaded: 3 });
    request.flush(summary, { status: 202, statusText: 'Accepted' });
    await expect(events).resolves.toEqual<ImportUpload[]>([
      { state: 'sending', percent: 0 },
      { state: 'sending', percent: 25 },
      { state: 'sending', percent: null },
      { state: 'done', summary },
    ]);
  });

  it('fails the upload with the API error and its code', async () => {
    const upload = lastValueFrom(api.uploadWorkers(new File(['x'], 'a.xlsx')));
    http
      .expectOne(WORKER_IMPORTS_URL)
      .flush(
        { statusCode: 400, code: 'import.headings', missing: ['idNumber'] },
        { status: 400, statusText: 'Bad Request' },
      );
    await expect(upload).rejects.toMatchObject({ status: 400, error: { code: 'import.headings' } });
  });

  it('lists a page of imports after a cursor', async () => {
    const first = firstValueFrom(api.list());
    http
      .expectOne((req) => req.url === IMPORTS_URL && req.params.toString() === 'limit=25')
      .flush({ items: [summary], nextCursor: 'c1' });
    await expect(first).resolves.toEqual({ items: [summary], nextCursor: 'c1' });

    const next = firstValueFrom(api.list('c1', 10));
    http
      .expectOne((req) => req.url === IMPORTS_URL && req.params.toString() === 'limit=10&cursor=c1')
      .flush({ items: [], nextCursor: null });
    await expect(next).resolves.toEqual({ items: [], nextCursor: null });
  });

  it('reads one import, downloads its report and commits it', async () => {
    const detail: ImportDetail = { ...summary, status: 'validated', problems: [] };
    const read = firstValueFrom(api.get('i/1'));
    http.expectOne({ method: 'GET', url: `${IMPORTS_URL}/i%2F1` }).flush(detail);
    await expect(read).resolves.toEqual(detail);

    const report = firstValueFrom(api.report('i-1', 'zh-CN'));
    const reportRequest = http.expectOne((req) => req.url === `${IMPORTS_URL}/i-1/report`);
    expect(reportRequest.request.responseType).toBe('blob');
    expect(reportRequest.request.params.get('lang')).toBe('zh-CN');
    reportRequest.flush(new Blob(['PK']));
    await expect(report).resolves.toMatchObject({ filename: null });

    const committed = firstValueFrom(api.commit('i-1'));
    const commitRequest = http.expectOne({ method: 'POST', url: `${IMPORTS_URL}/i-1/commit` });
    commitRequest.flush({ ...summary, status: 'importing' }, { status: 202, statusText: 'Accepted' });
    await expect(committed).resolves.toMatchObject({ status: 'importing' });
  });
});
