import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import type { FilesReport } from '@worker-aid/shared/domain';
import {
  DISBURSEMENT_REPORT_URL,
  FILES_REPORT_URL,
  filenameFromDisposition,
  filesReportDay,
  LEGAL_REPORT_URL,
  reportParams,
  ReportsApi,
} from './reports-api';

describe('ReportsApi', () => {
  it('reads the file name of a download, the UTF-8 form first', () => {
    expect(
      filenameFromDisposition(
        `attachment; filename="report.xlsx"; filename*=UTF-8''%E8%B5%84%E9%87%91%E5%8F%91%E6%94%BE.xlsx`,
      ),
    ).toBe('资金发放.xlsx');
    expect(filenameFromDisposition('attachment; filename="a \\"b\\".csv"')).toBe('a "b".csv');
    expect(filenameFromDisposition('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(filenameFromDisposition('attachment')).toBeNull();
    expect(filenameFromDisposition(null)).toBeNull();
  });

  it('downloads the report as a blob with the format, the language and the server file name', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const api = TestBed.inject(ReportsApi);
    const http = TestBed.inject(HttpTestingController);
    const file = firstValueFrom(
      api.download({ from: '2017-01-01', to: '2017-12-31', unitId: 'u1' }, ['unit', 'type'], 'xlsx', 'en'),
    );
    const request = http.expectOne((req) => req.url === DISBURSEMENT_REPORT_URL);
    expect(request.request.responseType).toBe('blob');
    expect(request.request.params.toString()).toBe(
      'from=2017-01-01&to=2017-12-31&unitId=u1&groupBy=unit,type&format=xlsx&lang=en',
    );
    request.flush(new Blob(['x']), { headers: { 'Content-Disposition': 'attachment; filename="r.xlsx"' } });
    await expect(file).resolves.toMatchObject({ filename: 'r.xlsx' });
    http.verify();
  });

  it('writes the API parameters, leaving out what is empty', () => {
    const query = { from: '2013-01-01', to: '2017-12-31', unitId: 'u1' };
    expect(reportParams(query, ['type', 'month'])).toEqual({
      from: '2013-01-01',
      to: '2017-12-31',
      unitId: 'u1',
      groupBy: 'type,month',
    });
    expect(
      reportParams({ from: '', to: '2017-12-31', unitId: '' }, [], { format: 'xlsx', lang: 'en' }),
    ).toEqual({
      to: '2017-12-31',
      format: 'xlsx',
      lang: 'en',
    });
  });

  describe('files report', () => {
    const figures: FilesReport = {
      active: 2,
      members: 5,
      byTier: [{ tier: 'deep', files: 2, members: 5 }],
      byCause: [{ cause: 'illness', files: 2 }],
      closedThisYear: 1,
      relapsedThisYear: 0,
    };
    let api: ReportsApi;
    let http: HttpTestingController;
    beforeEach(() => {
      TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
      api = TestBed.inject(ReportsApi);
      http = TestBed.inject(HttpTestingController);
    });
    afterEach(() => http.verify());

    it('counts the files of a period on its last day, or today while the period runs', () => {
      expect(filesReportDay({ to: '2025-12-31' }, '2026-11-30')).toBe('2025-12-31');
      expect(filesReportDay({ to: '2026-12-31' }, '2026-11-30')).toBe('2026-11-30');
      expect(filesReportDay({ to: '2026-11-30' }, '2026-11-30')).toBe('2026-11-30');
      expect(filesReportDay({ to: '' }, '2026-11-30')).toBe('2026-11-30');
    });

    it('asks for the files on a day in a unit, leaving out an empty unit', async () => {
      const report = firstValueFrom(api.files({ on: '2025-12-31', unitId: 'u1' }));
      const request = http.expectOne((req) => req.url === FILES_REPORT_URL);
      expect(request.request.params.toString()).toBe('on=2025-12-31&unitId=u1');
      request.flush(figures);
      await expect(report).resolves.toEqual(figures);
      void firstValueFrom(api.files({ on: '2025-12-31', unitId: '' }));
      expect(http.expectOne((req) => req.url === FILES_REPORT_URL).request.params.toString()).toBe(
        'on=2025-12-31',
      );
    });

    it("makes the dashboard's files those on the period's last day", () => {
      const query = { from: '2025-01-01', to: '2025-12-31', unitId: 'u1' };
      void firstValueFrom(api.dashboard(query, '2026-11-30'));
      const files = http.expectOne((req) => req.url === FILES_REPORT_URL);
      expect(files.request.params.toString()).toBe('on=2025-12-31&unitId=u1');
      // By type, unit, month and fund, and by type and campaign.
      const groupings = http
        .match((req) => req.url === DISBURSEMENT_REPORT_URL)
        .map((req) => req.request.params.get('groupBy'));
      expect(groupings).toHaveLength(5);
      expect(groupings).toContain('type,campaign');
      expect(http.match((req) => req.url === LEGAL_REPORT_URL)).toHaveLength(1);
    });

    it('downloads the files report as a blob with the format and the language', async () => {
      const file = firstValueFrom(api.downloadFiles({ on: '2025-12-31', unitId: 'u1' }, 'csv', 'en'));
      const request = http.expectOne((req) => req.url === FILES_REPORT_URL);
      expect(request.request.responseType).toBe('blob');
      expect(request.request.params.toString()).toBe('on=2025-12-31&unitId=u1&format=csv&lang=en');
      request.flush(new Blob(['x']), {
        headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E6%A1%A3%E6%A1%88.csv` },
      });
      await expect(file).resolves.toMatchObject({ filename: '档案.csv' });
    });
  });
});
