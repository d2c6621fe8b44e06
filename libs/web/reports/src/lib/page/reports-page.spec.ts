import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  type DisbursementReport,
  type FilesReport,
  type LegalReport,
  type UnitView,
} from '@worker-aid/shared/domain';
import { provideEchartsCore } from 'ngx-echarts';
import { aUser, componentTestProviders, signedInAs, translocoTesting } from '@worker-aid/web/core/testing';
import {
  DISBURSEMENT_REPORT_URL,
  FILES_REPORT_URL,
  LEGAL_REPORT_URL,
  UNITS_URL,
} from '@worker-aid/web/data-access';
import { ReportsPage } from './reports-page';

const manager = aUser('manager');
const units: UnitView[] = [
  { id: 'c', code: 'CZ', name: '市困难职工帮扶中心', level: 'center', parentId: null },
  { id: 'i1', code: 'JS', name: '市建设工会', level: 'industry', parentId: 'c' },
  { id: 'i2', code: 'JY', name: '市教育工会', level: 'industry', parentId: 'c' },
  { id: 'g1', code: 'JS-1', name: '农民工服务站', level: 'grassroots', parentId: 'i1' },
];
/** Payments per unit below the center: i1 paid ¥3,000.00 of hardship aid, i2 ¥1,000.00 of medical aid. */
function disbursements(groupBy: string, unitId: string): DisbursementReport {
  const i1 = { persons: 2, personTimes: 3, amount: 300_000 };
  const i2 = { persons: 1, personTimes: 1, amount: 100_000 };
  if (unitId === 'i1') {
    return { rows: groupBy.includes('type') ? [{ type: 'hardship', ...i1 }] : [], totals: i1 };
  }
  const totals = { persons: 3, personTimes: 4, amount: 400_000 };
  const rows: Record<string, DisbursementReport['rows']> = {
    type: [
      { type: 'hardship', ...i1 },
      { type: 'medical', ...i2 },
    ],
    'type,month': [
      { type: 'hardship', month: '2017-03', ...i1 },
      { type: 'medical', month: '2017-05', ...i2 },
    ],
    unit: [
      { unitId: 'i1', unitName: '市建设工会', ...i1 },
      { unitId: 'i2', unitName: '市教育工会', ...i2 },
    ],
    'unit,type': [
      { unitId: 'i1', unitName: '市建设工会', type: 'hardship', ...i1 },
      { unitId: 'i2', unitName: '市教育工会', type: 'medical', ...i2 },
    ],
    'type,campaign': [
      { type: 'hardship', ...i1 },
      { type: 'medical', campaignId: 'k1', campaignName: '2017年"两节"送温暖活动', ...i2 },
    ],
  };
  return { rows: rows[groupBy] ?? [], totals };
}
const legal: LegalReport = {
  cases: 4,
  closed: 3,
  recoveredAmount: 2_565_000,
  byDisputeKind: [{ disputeKind: 'wage_arrears', cases: 4, recoveredAmount: 2_565_000 }],
};
const files: FilesReport = {
  active: 12,
  members: 31,
  byTier: [
    { tier: 'deep', files: 7, members: 20 },
    { tier: 'relative', files: 5, members: 11 },
    { tier: 'sudden', files: 0, members: 0 },
  ],
  byCause: [{ cause: 'illness', files: 12 }],
  closedThisYear: 4,
  relapsedThisYear: 1,
};
const DASHBOARD_URLS = [DISBURSEMENT_REPORT_URL, LEGAL_REPORT_URL, FILES_REPORT_URL];

describe('ReportsPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  const page = () => harness.routeNativeElement as HTMLElement;
  const byTestId = (id: string) => page().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const text = (selector: string) => page().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  async function settle(): Promise<void> {
    for (let i = 0; i < 10; i++) await Promise.resolve();
    await harness.fixture.whenStable();
  }

  /** Answers the seven report requests of the dashboard; returns them for checks. */
  async function answerDashboard(): Promise<TestRequest[]> {
    const requests = http.match((req) => DASHBOARD_URLS.includes(req.url));
    expect(requests).toHaveLength(7);
    for (const request of requests) {
      const params = request.request.params;
      if (request.request.url === LEGAL_REPORT_URL) request.flush(legal);
      else if (request.request.url === FILES_REPORT_URL) request.flush(files);
      else request.flush(disbursements(params.get('groupBy') ?? '', params.get('unitId') ?? ''));
    }
    await settle();
    return requests;
  }

  beforeEach(async () => {
    Object.assign(window, {
      ResizeObserver: class {
        observe = jest.fn();
        unobserve = jest.fn();
        disconnect = jest.fn();
      },
    });
    const chart = {
      setOption: jest.fn(),
      on: jest.fn(),
      off: jest.fn(),
      resize: jest.fn(),
      dispose: jest.fn(),
      isDisposed: () => false,
      showLoading: jest.fn(),
      hideLoading: jest.fn(),
      getZr: () => ({ on: jest.fn() }),
    };
    TestBed.configureTestingModule({
      imports: [
        translocoTesting({
          reports: { units: { own: '{{name}}(本级)' }, period: '{{from}} 至 {{to}}' },
          apiErrors: { server: { error: '服务器出错' } },
        }),
      ],
      providers: [
        ...componentTestProviders(),
        provideRouter([{ path: 'reports', component: ReportsPage }], withComponentInputBinding()),
        provideEchartsCore({ echarts: { init: () => chart } }),
        signedInAs(manager),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports?from=2017-01-01&to=2017-12-31', ReportsPage);
    http.expectOne(UNITS_URL).flush(units);
    await settle();
  });

  afterEach(() => http.verify());

  it('asks for the period and the own unit, and shows the cards, the units and legal aid', async () => {
    const requests = (await answerDashboard()).filter((r) => r.request.url !== FILES_REPORT_URL);
    expect(requests.map((r) => r.request.params.get('groupBy')).sort()).toEqual([
      null,
      'type',
      'type,campaign',
      'type,month',
      'unit',
      'unit,type',
    ]);
    for (const request of requests) {
      expect(request.request.params.get('from')).toBe('2017-01-01');
      expect(request.request.params.get('to')).toBe('2017-12-31');
      expect(request.request.params.get('unitId')).toBe('c');
    }
    expect(text('[data-testid="report-card-total"] [data-testid="report-amount"]')).toBe('¥4,000.00');
    expect(text('[data-testid="report-card-total"] [data-testid="report-persons"]')).toBe('3');
    expect(text('[data-testid="report-card-hardship"] [data-testid="report-person-times"]')).toBe('3');
    expect(text('[data-testid="report-card-education"] [data-testid="report-amount"]')).toBe('¥0.00');
    expect(byTestId('report-trend-chart')).not.toBeNull();
    const rows = page().querySelectorAll('[data-testid="report-unit-row"]');
    expect([...rows].map((row) => row.getAttribute('data-unit-id'))).toEqual(['i1', 'i2']);
    expect(text('[data-testid="report-unit-total"]')).toContain('¥4,000.00');
    expect(text('[data-testid="report-legal-recovered"]')).toBe('¥25,650.00');
    expect(text('[data-testid="report-breadcrumb"]')).toContain('市困难职工帮扶中心');
    // Grouped by campaign: the campaign by its name first, then the cases' aid.
    const campaignRows = page().querySelectorAll('[data-testid="report-campaigns"] tbody tr');
    expect([...campaignRows].map((row) => row.getAttribute('data-testid'))).toEqual([
      'report-campaign-k1',
      'report-campaign-hardship',
    ]);
    expect(text('[data-testid="report-campaign-k1"]')).toContain('2017年"两节"送温暖活动');
    expect(text('[data-testid="report-campaign-k1"]')).toContain('¥1,000.00');
    expect(byTestId('report-campaigns-none')).toBeNull();
  });

  it('drills down into a unit and back up by the breadcrumb', async () => {
    await answerDashboard();
    page().querySelector<HTMLElement>('[data-testid="report-unit-row"][data-unit-id="i1"]')?.click();
    await settle();
    const requests = await answerDashboard();
    expect(requests.every((r) => r.request.params.get('unitId') === 'i1')).toBe(true);
    expect(text('[data-testid="report-card-total"] [data-testid="report-amount"]')).toBe('¥3,000.00');
    expect(text('[data-testid="report-breadcrumb"]')).toContain('市困难职工帮扶中心');
    expect(text('[data-testid="report-breadcrumb"]')).toContain('市建设工会');
    // The union's own station shows, without payments, and can be opened.
    expect(
      [...page().querySelectorAll('[data-testid="report-unit-row"]')].map((row) =>
        row.getAttribute('data-unit-id'),
      ),
    ).toEqual(['g1']);

    page().querySelector<HTMLElement>('button[data-testid="report-crumb"]')?.click();
    await settle();
    const back = await answerDashboard();
    expect(back.every((r) => r.request.params.get('unitId') === 'c')).toBe(true);
  });

  it('shows an error box when a report fails', async () => {
    const requests = http.match((req) => DASHBOARD_URLS.includes(req.url));
    requests[0].flush(
      { statusCode: 500, code: 'server.error', message: 'boom', error: 'Internal' },
      { status: 500, statusText: 'Error' },
    );
    for (const request of requests.slice(1)) if (!request.cancelled) request.flush(legal);
    await settle();
    expect(byTestId('report-error')?.textContent).toContain('服务器出错');
    expect(byTestId('report-card-total')).toBeNull();
  });

  it('exports the report in the interface language', async () => {
    await answerDashboard();
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    byTestId('report-export-xlsx')?.click();
    const request = http.expectOne((req) => req.url === DISBURSEMENT_REPORT_URL);
    expect(request.request.params.get('format')).toBe('xlsx');
    expect(request.request.params.get('lang')).toBe('zh-CN');
    expect(request.request.params.get('groupBy')).toBe('unit,type');
    request.flush(new Blob(['x']), {
      headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E6%8A%A5%E8%A1%A8.xlsx` },
    });
    await settle();
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('报表.xlsx');
    click.mockRestore();
  });

  it("shows the files on the period's last day for the unit, and exports them on their own", async () => {
    const requests = await answerDashboard();
    const filesRequest = requests.find((r) => r.request.url === FILES_REPORT_URL);
    expect(filesRequest?.request.params.toString()).toBe('on=2017-12-31&unitId=c');
    expect(text('[data-testid="report-files-active"]')).toBe('12');
    expect(text('[data-testid="report-files-members"]')).toBe('31');
    expect(text('[data-testid="report-files-closed"]')).toBe('4');
    expect(text('[data-testid="report-files-relapsed"]')).toBe('1');
    expect(byTestId('report-files-tier-sudden')).not.toBeNull();

    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    byTestId('report-files-export-csv')?.click();
    const request = http.expectOne((req) => req.url === FILES_REPORT_URL);
    expect(request.request.params.toString()).toBe('on=2017-12-31&unitId=c&format=csv&lang=zh-CN');
    request.flush(new Blob(['x']), {
      headers: { 'Content-Disposition': 'attachment; filename="files.csv"' },
    });
    await settle();
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('files.csv');
    click.mockRestore();
  });
});
