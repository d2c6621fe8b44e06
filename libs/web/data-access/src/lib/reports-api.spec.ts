import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { DISBURSEMENT_REPORT_URL, filenameFromDisposition, reportParams, ReportsApi } from './reports-api';

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
});
