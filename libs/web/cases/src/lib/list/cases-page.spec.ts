import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { CaseListItem, Page, UnitView } from '@worker-aid/shared/domain';
import {
  aUser,
  componentTestProviders,
  settle,
  signedInAs,
  translocoTesting,
} from '@worker-aid/web/core/testing';
import { type CaseQuery, CasesApi, CASES_URL, UNITS_URL } from '@worker-aid/web/data-access';
import { Subject } from 'rxjs';
import { CasesPage } from './cases-page';

// Selects opened and chosen as a user does; on a busy machine that takes more than jest's 5 s.
jest.setTimeout(30_000);

const caseworker = aUser('caseworker', { unitId: 'c' });
const units: UnitView[] = [{ id: 'c', code: 'CZ', name: '滁州市总工会', level: 'center', parentId: null }];

function item(caseNo: string, type: CaseListItem['type'] = 'medical'): CaseListItem {
  return {
    id: `id-${caseNo}`,
    caseNo,
    type,
    status: 'submitted',
    workerId: 'w-1',
    workerName: '张秀英',
    unitId: 'c',
    requestedAmount: 500000,
    approvedAmount: null,
    summary: '住院治疗',
    createdAt: '2026-11-20T02:00:00Z',
    awaitingLevel: 'industry',
    noticeEndsOn: null,
  };
}

function page(items: CaseListItem[], nextCursor: string | null = null): Page<CaseListItem> {
  return { items, nextCursor };
}

function rows(host: HTMLElement): string[] {
  return [...host.querySelectorAll('[data-testid^="case-row-"]')].map((row) =>
    (row.getAttribute('data-testid') ?? '').replace('case-row-', ''),
  );
}

async function chooseType(fixture: ComponentFixture<CasesPage>, type: string): Promise<void> {
  document.querySelector<HTMLElement>('[data-testid="case-filter-type"]')?.click();
  await settle(fixture);
  document.querySelector<HTMLElement>(`[data-testid="case-filter-type-option-${type}"]`)?.click();
  await settle(fixture);
}

function click(host: HTMLElement, testId: string): void {
  const element = host.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!element) throw new Error(`no ${testId}`);
  element.click();
}

afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove()));

describe('CasesPage against the API', () => {
  it('asks for the first 25 cases, then for those of the chosen type and text, then the next page', async () => {
    await TestBed.configureTestingModule({
      imports: [CasesPage, translocoTesting()],
      providers: [...componentTestProviders(), signedInAs(caseworker)],
    }).compileComponents();
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CasesPage);
    const host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush(units);
    http.expectOne(`${CASES_URL}?limit=25`).flush(page([item('MED-2026-000001')]));
    await settle(fixture);
    expect(rows(host)).toEqual(['MED-2026-000001']);

    await chooseType(fixture, 'legal');
    http
      .expectOne(`${CASES_URL}?type=legal&limit=25`)
      .flush(page([item('LEG-2026-000001', 'legal')], 'next'));
    await settle(fixture);
    expect(rows(host)).toEqual(['LEG-2026-000001']);

    const text = host.querySelector<HTMLInputElement>('[data-testid="case-filter-text"]');
    if (!text) throw new Error('no text filter');
    text.value = ' 张秀英 ';
    text.dispatchEvent(new Event('input'));
    click(host, 'case-filter-submit');
    await settle(fixture);
    const byName = http.expectOne(
      (request) => request.url === CASES_URL && request.params.get('q') === '张秀英',
    );
    expect(byName.request.params.get('type')).toBe('legal');
    byName.flush(page([item('LEG-2026-000002', 'legal')], 'c2'));
    await settle(fixture);

    click(host, 'case-more');
    await settle(fixture);
    const more = http.expectOne((request) => request.params.get('cursor') === 'c2');
    expect(more.request.params.get('q')).toBe('张秀英');
    more.flush(page([item('LEG-2026-000003', 'legal')]));
    await settle(fixture);
    expect(rows(host)).toEqual(['LEG-2026-000002', 'LEG-2026-000003']);
    expect(host.querySelector('[data-testid="case-more"]')).toBeNull();
    http.verify();
  });
});

describe('CasesPage filtered by the URL', () => {
  async function openAt(url: string): Promise<{ fixture: ComponentFixture<CasesPage>; host: HTMLElement }> {
    await TestBed.configureTestingModule({
      imports: [
        CasesPage,
        translocoTesting({
          approval: { payable: { chip: '只看待发放（已过公示期）' }, awaitingLevel: '待{{level}}审批' },
          unitLevels: { industry: '产业工会' },
        }),
      ],
      providers: [...componentTestProviders(), signedInAs(aUser('finance', { unitId: 'c' }))],
    }).compileComponents();
    await TestBed.inject(Router).navigateByUrl(url);
    const fixture = TestBed.createComponent(CasesPage);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne(UNITS_URL).flush(units);
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  it('opens on the approved cases to pay (the inbox’s link), with a chip that removes the filter', async () => {
    const { fixture, host } = await openAt('/?status=approved&payable=true');
    const http = TestBed.inject(HttpTestingController);
    http
      .expectOne(`${CASES_URL}?status=approved&payable=true&limit=25`)
      .flush(page([{ ...item('MED-2026-000001'), status: 'approved', awaitingLevel: null }]));
    await settle(fixture);
    expect(rows(host)).toEqual(['MED-2026-000001']);
    expect(host.querySelector('[data-testid="case-filter-payable"]')?.textContent).toContain(
      '只看待发放（已过公示期）',
    );

    click(host, 'case-filter-payable-remove');
    await settle(fixture);
    http.expectOne(`${CASES_URL}?status=approved&limit=25`).flush(page([]));
    await settle(fixture);
    expect(TestBed.inject(Router).url).toBe('/?status=approved');
    expect(host.querySelector('[data-testid="case-filter-payable"]')).toBeNull();
    http.verify();
  });

  it('puts a status picked from the list in the URL, keeping the payable filter', async () => {
    const { fixture } = await openAt('/?status=approved&payable=true');
    const http = TestBed.inject(HttpTestingController);
    http.expectOne(`${CASES_URL}?status=approved&payable=true&limit=25`).flush(page([]));
    await settle(fixture);
    document.querySelector<HTMLElement>('[data-testid="case-filter-status"]')?.click();
    await settle(fixture);
    document.querySelector<HTMLElement>('[data-testid="case-filter-status-option-disbursed"]')?.click();
    await settle(fixture);
    http.expectOne(`${CASES_URL}?status=disbursed&payable=true&limit=25`).flush(page([]));
    expect(TestBed.inject(Router).url).toBe('/?status=disbursed&payable=true');
    http.verify();
  });

  it('ignores a status it does not know', async () => {
    await openAt('/?status=paid');
    const http = TestBed.inject(HttpTestingController);
    http.expectOne(`${CASES_URL}?limit=25`).flush(page([]));
    http.verify();
  });

  it('shows the level a submitted case awaits, and that an approved one is in notice', async () => {
    const { fixture, host } = await openAt('/');
    TestBed.inject(HttpTestingController)
      .expectOne(`${CASES_URL}?limit=25`)
      .flush(
        page([
          item('MED-2026-000001'),
          { ...item('MED-2026-000002'), status: 'approved', awaitingLevel: null, noticeEndsOn: '2999-12-31' },
          { ...item('MED-2026-000003'), status: 'approved', awaitingLevel: null, noticeEndsOn: '2000-01-01' },
        ]),
      );
    await settle(fixture);
    expect(host.querySelector('[data-testid="case-awaiting-MED-2026-000001"]')?.textContent?.trim()).toBe(
      '待产业工会审批',
    );
    expect(host.querySelector('[data-testid="case-in-notice-MED-2026-000002"]')).toBeTruthy();
    expect(host.querySelector('[data-testid="case-in-notice-MED-2026-000003"]')).toBeNull();
  });
});

/**
 * A server that answers whenever the test says, in any order, and ignores cancellations — the
 * worst case for a page: only the page itself can keep an old answer off the screen.
 */
describe('CasesPage with answers out of order', () => {
  let fixture: ComponentFixture<CasesPage>;
  let host: HTMLElement;
  let requests: { query: CaseQuery; cursor: string | null; answer: Subject<Page<CaseListItem>> }[];

  function answer(index: number, body: Page<CaseListItem>): void {
    requests[index].answer.next(body);
    requests[index].answer.complete();
  }

  beforeEach(async () => {
    requests = [];
    const api: Pick<CasesApi, 'list'> = {
      list: (query, cursor = null) => {
        const subject = new Subject<Page<CaseListItem>>();
        requests.push({ query, cursor, answer: subject });
        return subject;
      },
    };
    await TestBed.configureTestingModule({
      imports: [CasesPage, translocoTesting()],
      providers: [...componentTestProviders(), signedInAs(caseworker), { provide: CasesApi, useValue: api }],
    }).compileComponents();
    fixture = TestBed.createComponent(CasesPage);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne(UNITS_URL).flush(units);
    answer(0, page([item('MED-2026-000001')], 'm1'));
    await settle(fixture);
  });

  it('shows the new filter’s cases even when the old filter’s answer comes after them', async () => {
    await chooseType(fixture, 'education');
    await chooseType(fixture, 'legal');
    expect(requests.map((request) => request.query.type)).toEqual(['', 'education', 'legal']);
    answer(2, page([item('LEG-2026-000001', 'legal')]));
    await settle(fixture);
    answer(1, page([item('EDU-2026-000001', 'education')])); // slower, and stale
    await settle(fixture);
    expect(rows(host)).toEqual(['LEG-2026-000001']);
    expect(host.querySelector('mat-progress-bar')).toBeNull();
  });

  it('never appends a page of the old filter to the new list', async () => {
    click(host, 'case-more'); // the next page of all cases, in flight…
    await settle(fixture);
    await chooseType(fixture, 'legal'); // …when the filter changes
    expect(requests[1]).toMatchObject({ cursor: 'm1' });
    answer(2, page([item('LEG-2026-000001', 'legal')], 'l1'));
    await settle(fixture);
    answer(1, page([item('MED-2026-000002')]));
    await settle(fixture);
    expect(rows(host)).toEqual(['LEG-2026-000001']);

    // "Load more" goes on with the new filter.
    click(host, 'case-more');
    await settle(fixture);
    expect(requests[3]).toMatchObject({ query: { type: 'legal' }, cursor: 'l1' });
  });

  it('does not load more of the old filter while the new one is loading', async () => {
    await chooseType(fixture, 'legal');
    const more = host.querySelector<HTMLButtonElement>('[data-testid="case-more"]');
    expect(more?.disabled).toBe(true);
    fixture.componentInstance['cases'].more(); // even if the click got through
    expect(requests).toHaveLength(2);
    answer(1, page([item('LEG-2026-000001', 'legal')]));
    await settle(fixture);
    expect(rows(host)).toEqual(['LEG-2026-000001']);
    expect(host.querySelector('[data-testid="case-more"]')).toBeNull();
  });
});
