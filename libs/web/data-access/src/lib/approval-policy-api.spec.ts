import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { NO_POLICY, type ApprovalPolicyView, type CaseView } from '@worker-aid/shared/domain';
import { APPROVAL_POLICY_URL, ApprovalPolicyApi } from './approval-policy-api';
import { CASES_URL, CasesApi } from './cases-api';
import { FILES_URL, FilesApi } from './files-api';

const unconfigured: ApprovalPolicyView = {
  ...NO_POLICY,
  objectionContact: null,
  configured: false,
  updatedAt: null,
  updatedBy: null,
};

describe('ApprovalPolicyApi', () => {
  let api: ApprovalPolicyApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ApprovalPolicyApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads the policy once for the session and shares it', async () => {
    const first = firstValueFrom(api.current());
    const second = firstValueFrom(api.current());
    http.expectOne({ method: 'GET', url: APPROVAL_POLICY_URL }).flush(unconfigured);
    await expect(first).resolves.toEqual(unconfigured);
    await expect(second).resolves.toEqual(unconfigured);
    await expect(firstValueFrom(api.current())).resolves.toEqual(unconfigured);
  });

  it('asks again after a failed read', async () => {
    const failed = firstValueFrom(api.current());
    http.expectOne(APPROVAL_POLICY_URL).flush({}, { status: 503, statusText: 'Unavailable' });
    await expect(failed).rejects.toMatchObject({ status: 503 });
    const again = firstValueFrom(api.current());
    http.expectOne(APPROVAL_POLICY_URL).flush(unconfigured);
    await expect(again).resolves.toEqual(unconfigured);
  });

  it('saves with PUT, and what is saved is what `current()` answers from then on', async () => {
    const saved: ApprovalPolicyView = {
      ...unconfigured,
      configured: true,
      updatedAt: '2026-11-30T02:00:00Z',
    };
    const put = firstValueFrom(api.put(NO_POLICY));
    const request = http.expectOne({ method: 'PUT', url: APPROVAL_POLICY_URL });
    expect(request.request.body).toEqual(NO_POLICY);
    request.flush(saved);
    await expect(put).resolves.toEqual(saved);
    await expect(firstValueFrom(api.current())).resolves.toEqual(saved);
  });
});

describe('objections, the review queue and the payable cases', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('posts an objection to a case and to a file', async () => {
    const body = { content: '其家庭收入不实', receivedVia: 'phone' as const };
    const onCase = firstValueFrom(TestBed.inject(CasesApi).objection('c 1', body));
    const caseRequest = http.expectOne({ method: 'POST', url: `${CASES_URL}/c%201/objections` });
    expect(caseRequest.request.body).toEqual(body);
    caseRequest.flush({ id: 'c 1' });
    await expect(onCase).resolves.toEqual({ id: 'c 1' } as Partial<CaseView>);

    const onFile = firstValueFrom(TestBed.inject(FilesApi).objection('f-1', body));
    http.expectOne({ method: 'POST', url: `${FILES_URL}/f-1/objections` }).flush({ id: 'f-1' });
    await expect(onFile).resolves.toEqual({ id: 'f-1' });
  });

  it('asks for the review queue and for the payable cases with `=true`', () => {
    const cases = TestBed.inject(CasesApi);
    cases.list({ review: true }).subscribe();
    http.expectOne(`${CASES_URL}?review=true&limit=25`).flush({ items: [], nextCursor: null });
    cases.list({ status: 'approved', payable: true }).subscribe();
    http
      .expectOne(`${CASES_URL}?status=approved&payable=true&limit=25`)
      .flush({ items: [], nextCursor: null });
  });
});
