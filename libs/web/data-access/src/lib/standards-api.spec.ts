import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import type { StandardView } from '@worker-aid/shared/domain';
import { STANDARDS_HISTORY_URL, STANDARDS_URL, StandardsApi } from './standards-api';

describe('StandardsApi', () => {
  let api: StandardsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(StandardsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const standard: StandardView = {
    unitId: 'u1',
    effectiveFrom: '2026-01-01',
    povertyLine: 78000,
    relativeMultiple: 2,
    suddenSharePercent: 80,
    inheritedFrom: null,
  };

  it('asks for the standard in force on a day', async () => {
    const answer = firstValueFrom(api.get('u1', '2026-03-01'));
    const request = http.expectOne((req) => req.url === STANDARDS_URL);
    expect(request.request.params.toString()).toBe('unitId=u1&on=2026-03-01');
    request.flush(standard);
    await expect(answer).resolves.toEqual(standard);
  });

  it('answers null when no standard is in force (standard.not_found), and fails on other errors', async () => {
    const none = firstValueFrom(api.get('u1'));
    const request = http.expectOne((req) => req.url === STANDARDS_URL);
    expect(request.request.params.toString()).toBe('unitId=u1');
    request.flush({ code: 'standard.not_found' }, { status: 404, statusText: 'Not Found' });
    await expect(none).resolves.toBeNull();

    const refused = firstValueFrom(api.get('u1'));
    http
      .expectOne((req) => req.url === STANDARDS_URL)
      .flush({ code: 'auth.forbidden' }, { status: 403, statusText: 'Forbidden' });
    await expect(refused).rejects.toMatchObject({ status: 403 });

    // A unit out of scope is a 404 too, but not "no standard": it stays an error.
    const outside = firstValueFrom(api.get('u9'));
    http
      .expectOne((req) => req.url === STANDARDS_URL)
      .flush({ code: 'unit.not_found' }, { status: 404, statusText: 'Not Found' });
    await expect(outside).rejects.toMatchObject({ status: 404 });
  });

  it('reads the history and sets a standard with PUT', async () => {
    const history = firstValueFrom(api.history('u1'));
    const list = http.expectOne((req) => req.url === STANDARDS_HISTORY_URL);
    expect(list.request.params.toString()).toBe('unitId=u1');
    list.flush([standard]);
    await expect(history).resolves.toEqual([standard]);

    const saved = firstValueFrom(
      api.set({ unitId: 'u1', effectiveFrom: '2026-07-01', povertyLine: 80000, relativeMultiple: 1.5 }),
    );
    const put = http.expectOne({ method: 'PUT', url: STANDARDS_URL });
    expect(put.request.body).toEqual({
      unitId: 'u1',
      effectiveFrom: '2026-07-01',
      povertyLine: 80000,
      relativeMultiple: 1.5,
    });
    put.flush(standard);
    await expect(saved).resolves.toEqual(standard);
  });
});
