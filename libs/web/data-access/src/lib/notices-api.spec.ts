import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { NOTICE_ROSTER_URL, NOTICES_URL, NoticesApi } from './notices-api';

describe('NoticesApi', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks for the notices of a unit, or of the whole scope without one', async () => {
    const api = TestBed.inject(NoticesApi);
    const ofUnit = firstValueFrom(api.list('u1'));
    http.expectOne(`${NOTICES_URL}?unitId=u1`).flush([]);
    await expect(ofUnit).resolves.toEqual([]);
    const ofScope = firstValueFrom(api.list(''));
    http.expectOne(NOTICES_URL).flush([]);
    await ofScope;
  });

  it('downloads the roster as xlsx in a language, under the server file name', async () => {
    const api = TestBed.inject(NoticesApi);
    const file = firstValueFrom(api.roster('u1', 'en'));
    const request = http.expectOne((req) => req.url === NOTICE_ROSTER_URL);
    expect(request.request.params.toString()).toBe('unitId=u1&format=xlsx&lang=en');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['x']), {
      headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E5%85%AC%E7%A4%BA.xlsx` },
    });
    await expect(file).resolves.toMatchObject({ filename: '公示.xlsx' });
  });

  it('reads where to object from the policy, blank as none', async () => {
    const api = TestBed.inject(NoticesApi);
    const set = firstValueFrom(api.objectionContact());
    http.expectOne('/api/approval-policy').flush({ objectionContact: ' 电话 0550-3022000 ' });
    await expect(set).resolves.toBe('电话 0550-3022000');
    const blank = firstValueFrom(api.objectionContact());
    http.expectOne('/api/approval-policy').flush({ objectionContact: '  ' });
    await expect(blank).resolves.toBeNull();
  });
});
