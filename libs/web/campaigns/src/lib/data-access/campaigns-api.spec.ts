import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import type {
  BatchView,
  CampaignLineView,
  CampaignView,
  CreateCampaignRequest,
} from '@worker-aid/shared/domain';
import { CAMPAIGNS_URL, CampaignsApi } from './campaigns-api';

describe('CampaignsApi', () => {
  let api: CampaignsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(CampaignsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const view = { id: 'c-1', status: 'draft' } as CampaignView;

  it('lists with the filters that have a value, the limit and the cursor', async () => {
    const first = firstValueFrom(api.list({ status: 'approved', kind: '', year: 2026 }));
    const request = http.expectOne((req) => req.url === CAMPAIGNS_URL);
    expect(request.request.params.toString()).toBe('status=approved&year=2026&limit=25');
    request.flush({ items: [], nextCursor: null });
    await first;

    const next = firstValueFrom(api.list({ year: null }, 'c2', 10));
    const nextRequest = http.expectOne((req) => req.url === CAMPAIGNS_URL);
    expect(nextRequest.request.params.toString()).toBe('limit=10&cursor=c2');
    nextRequest.flush({ items: [], nextCursor: null });
    await next;
  });

  it('reads, creates and updates a campaign', async () => {
    const got = firstValueFrom(api.get('c 1'));
    http.expectOne({ method: 'GET', url: `${CAMPAIGNS_URL}/c%201` }).flush(view);
    await expect(got).resolves.toEqual(view);

    const request: CreateCampaignRequest = {
      name: '2026年"两节"送温暖',
      kind: 'festival',
      fundId: 'f-1',
      year: 2026,
      eligibility: { tiers: ['deep'] },
      amounts: [{ tier: 'deep', amount: 80000 }],
    };
    const created = firstValueFrom(api.create(request));
    const post = http.expectOne({ method: 'POST', url: CAMPAIGNS_URL });
    expect(post.request.body).toEqual(request);
    post.flush(view);
    await created;

    const updated = firstValueFrom(api.update('c-1', { name: '新名' }));
    const patch = http.expectOne({ method: 'PATCH', url: `${CAMPAIGNS_URL}/c-1` });
    expect(patch.request.body).toEqual({ name: '新名' });
    patch.flush(view);
    await updated;
  });

  it('builds the roster, pages its lines and patches one with a reason', async () => {
    const built = firstValueFrom(api.buildRoster('c-1'));
    http
      .expectOne({ method: 'POST', url: `${CAMPAIGNS_URL}/c-1/roster` })
      .flush({ lines: 3, amount: 240000 });
    await expect(built).resolves.toEqual({ lines: 3, amount: 240000 });

    const lines = firstValueFrom(api.lines('c-1', { status: 'excluded', q: '张' }, 'k', 50));
    const get = http.expectOne((req) => req.url === `${CAMPAIGNS_URL}/c-1/lines`);
    expect(get.request.params.toString()).toBe('status=excluded&q=%E5%BC%A0&limit=50&cursor=k');
    get.flush({ items: [], nextCursor: null });
    await lines;

    const patched = firstValueFrom(api.patchLine('c-1', 'l-1', { excluded: true, reason: '已调离' }));
    const patch = http.expectOne({ method: 'PATCH', url: `${CAMPAIGNS_URL}/c-1/lines/l-1` });
    expect(patch.request.body).toEqual({ excluded: true, reason: '已调离' });
    patch.flush({ id: 'l-1' } as CampaignLineView);
    await patched;
  });

  it('posts each transition to its own path, with a comment only when one is given', async () => {
    const submitted = firstValueFrom(api.transition('c-1', 'submit'));
    const submit = http.expectOne({ method: 'POST', url: `${CAMPAIGNS_URL}/c-1/submit` });
    expect(submit.request.body).toEqual({});
    submit.flush(view);
    await submitted;

    const returned = firstValueFrom(api.transition('c-1', 'return', '  金额有误 '));
    const ret = http.expectOne({ method: 'POST', url: `${CAMPAIGNS_URL}/c-1/return` });
    expect(ret.request.body).toEqual({ comment: '金额有误' });
    ret.flush(view);
    await returned;
  });

  it('lists and creates the batches of a campaign', async () => {
    const batches = firstValueFrom(api.batches('c-1'));
    http.expectOne({ method: 'GET', url: `${CAMPAIGNS_URL}/c-1/batches` }).flush([]);
    await expect(batches).resolves.toEqual([]);

    const created = firstValueFrom(api.createBatch('c-1', { method: 'cash', lineIds: ['l-2'] }));
    const post = http.expectOne({ method: 'POST', url: `${CAMPAIGNS_URL}/c-1/batches` });
    expect(post.request.body).toEqual({ method: 'cash', lineIds: ['l-2'] });
    post.flush({ id: 'b-1' } as BatchView);
    await expect(created).resolves.toEqual({ id: 'b-1' });
  });
});
