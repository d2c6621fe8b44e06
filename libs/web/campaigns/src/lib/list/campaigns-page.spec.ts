import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';
import { BehaviorSubject } from 'rxjs';
import type { CampaignListItem, Role } from '@worker-aid/shared/domain';
import { aUser, byTestId, renderComponent, settle } from '@worker-aid/web/core/testing';
import { CAMPAIGNS_URL } from '../data-access/campaigns-api';
import { CampaignsPage, yearChoices } from './campaigns-page';

const item: CampaignListItem = {
  id: 'cp-1',
  name: '2026年"两节"送温暖',
  kind: 'festival',
  year: 2026,
  status: 'approved',
  unitId: 'c',
  unitName: '市总工会',
  lines: 2,
  amount: 130000,
  paidAmount: 80000,
  noticeEndsOn: '2026-12-05',
  createdAt: '2026-11-30T08:00:00Z',
};

async function open(role: Role) {
  const rendered = await renderComponent(CampaignsPage, {
    user: aUser(role),
    texts: { campaigns: { statuses: { approved: '已批准' }, kinds: { festival: '两节送温暖' } } },
  });
  await settle(rendered.fixture);
  return rendered;
}

describe('CampaignsPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists the campaigns with their status, kind and amounts, and pages on', async () => {
    const { fixture, element, http } = await open('manager');
    const first = http.expectOne((req) => req.url === CAMPAIGNS_URL);
    expect(first.request.params.toString()).toBe('limit=25');
    first.flush({ items: [item], nextCursor: 'k1' });
    await settle(fixture);
    const row = byTestId(element, 'campaign-row-cp-1');
    expect(row.textContent).toContain('已批准');
    expect(element.textContent).toContain('2026年"两节"送温暖');
    expect(element.textContent).toContain('¥1,300.00');
    expect(element.textContent).toContain('¥800.00');
    byTestId(element, 'campaign-more').click();
    await settle(fixture);
    const more = http.expectOne((req) => req.url === CAMPAIGNS_URL);
    expect(more.request.params.get('cursor')).toBe('k1');
    more.flush({ items: [], nextCursor: null });
  });

  it('filters by status, kind and year', async () => {
    const { fixture, http } = await open('finance');
    http.expectOne((req) => req.url === CAMPAIGNS_URL).flush({ items: [], nextCursor: null });
    const filters = (fixture.componentInstance as unknown as { filters: { patchValue(v: object): void } })
      .filters;
    filters.patchValue({ status: 'approved', kind: 'festival', year: 2026 });
    await settle(fixture);
    const requests = http.match((req) => req.url === CAMPAIGNS_URL);
    expect(requests.at(-1)?.request.params.toString()).toBe(
      'status=approved&kind=festival&year=2026&limit=25',
    );
    for (const request of requests) if (!request.cancelled) request.flush({ items: [], nextCursor: null });
  });

  it('takes the status from the URL (the inbox links), at first and when the URL changes', async () => {
    const params = new BehaviorSubject(convertToParamMap({ status: 'submitted' }));
    const route = { snapshot: { queryParamMap: params.value }, queryParamMap: params };
    const { fixture, http } = await renderComponent(CampaignsPage, {
      user: aUser('reviewer'),
      providers: [{ provide: ActivatedRoute, useValue: route }],
    });
    await settle(fixture);
    http.expectOne(`${CAMPAIGNS_URL}?status=submitted&limit=25`).flush({ items: [], nextCursor: null });
    params.next(convertToParamMap({ status: 'approved' }));
    await settle(fixture);
    http.expectOne(`${CAMPAIGNS_URL}?status=approved&limit=25`).flush({ items: [], nextCursor: null });
    params.next(convertToParamMap({ status: 'nonsense' }));
    await settle(fixture);
    http.expectOne(`${CAMPAIGNS_URL}?limit=25`).flush({ items: [], nextCursor: null });
  });

  it('offers 新建活动 to campaigns:manage only', async () => {
    const manager = await open('manager');
    manager.http.expectOne((req) => req.url === CAMPAIGNS_URL).flush({ items: [], nextCursor: null });
    expect(manager.element.querySelector('[data-testid="campaign-create"]')).not.toBeNull();
    TestBed.resetTestingModule();
    const finance = await open('finance');
    finance.http.expectOne((req) => req.url === CAMPAIGNS_URL).flush({ items: [], nextCursor: null });
    expect(finance.element.querySelector('[data-testid="campaign-create"]')).toBeNull();
  });
});

describe('yearChoices', () => {
  it('offers next year, this year and five years back', () => {
    expect(yearChoices(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
  });
});
