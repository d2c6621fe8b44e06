import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { CaseWarning } from '@worker-aid/shared/domain';
import {
  aCase,
  aUser,
  aWorker,
  componentTestProviders,
  settle,
  signedInAs,
  translocoTesting,
} from '@worker-aid/web/core/testing';
import { CASES_URL, WORKERS_URL } from '@worker-aid/web/data-access';
import { CaseFormPage } from './case-form-page';

const caseworker = aUser('caseworker');
const worker = aWorker({ employer: '滁州中学' });
/** Returned to its creator, the caseworker signed in. */
const returned = aCase({ status: 'returned', createdBy: caseworker.id });

/** Longer than the picker waits for the typing to pause (300 ms). */
const pause = () => new Promise((resolve) => setTimeout(resolve, 350));

function warning(caseNo: string): CaseWarning {
  return { code: 'same_type_same_year', message: 'same type', caseId: `id-${caseNo}`, caseNo };
}

describe('CaseFormPage', () => {
  let fixture: ComponentFixture<CaseFormPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  function element<T extends HTMLElement>(testId: string): T {
    const found = document.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  }

  async function type(testId: string, value: string): Promise<void> {
    const input = element<HTMLInputElement>(testId);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await settle(fixture);
  }

  async function choose(select: string, option: string): Promise<void> {
    element(select).click();
    await settle(fixture);
    element(option).click();
    await settle(fixture);
  }

  function warnings(): string[] {
    return [...page.querySelectorAll('[data-testid="case-warning"] a')].map(
      (a) => a.textContent?.trim() ?? '',
    );
  }

  /** The form opened as the router does: `new?workerId=`, `:id/edit` or plain `new`. */
  async function open(inputs: { id?: string; workerId?: string }): Promise<void> {
    fixture = TestBed.createComponent(CaseFormPage);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  }

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        CaseFormPage,
        translocoTesting({
          cases: {
            form: { workerRequired: '请先选择帮扶对象', noWorker: '没有找到该职工。' },
            warnings: { open: '查看 {{caseNo}}' },
          },
          validation: { required: '必填项' },
        }),
      ],
      providers: [...componentTestProviders(), signedInAs(caseworker)],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.remove());
  });

  it('registers a medical case for the worker chosen on their page, in fen, and opens it', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await open({ workerId: 'w-1' });
    http.expectOne(`${WORKERS_URL}/w-1`).flush(worker);
    await settle(fixture);
    expect(element('case-worker').textContent).toContain('张秀英');

    await choose('case-type', 'case-type-option-medical');
    http.expectOne(`${WORKERS_URL}/w-1/warnings?type=medical`).flush([warning('MED-2026-000009')]);
    await settle(fixture);
    expect(warnings()).toEqual(['查看 MED-2026-000009']);

    await type('case-detail-hospital', '滁州市第一人民医院');
    await type('case-detail-diagnosis', '肺炎');
    await type('case-detail-totalCost', '12,000');
    await type('case-detail-insuranceReimbursed', '7000');
    // Out-of-pocket follows total − insurance until typed over.
    expect(element<HTMLInputElement>('case-detail-outOfPocket').value).toBe('5000.00');
    await type('case-requested', '5000');
    await type('case-summary', '  住院治疗，家庭困难  ');
    element('case-save').click();
    await settle(fixture);

    const create = http.expectOne({ method: 'POST', url: CASES_URL });
    expect(create.request.body).toEqual({
      type: 'medical',
      workerId: 'w-1',
      requestedAmount: 500000,
      summary: '住院治疗，家庭困难',
      details: {
        hospital: '滁州市第一人民医院',
        diagnosis: '肺炎',
        totalCost: 1200000,
        insuranceReimbursed: 700000,
        outOfPocket: 500000,
      },
    });
    create.flush({ ...returned, id: 'c-9', status: 'draft' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/cases', 'c-9']);
  });

  it('sends nothing without a worker, and says what is missing', async () => {
    await open({});
    await choose('case-type', 'case-type-option-hardship');
    element('case-save').click();
    await settle(fixture);
    expect(page.textContent).toContain('请先选择帮扶对象');
    expect(page.querySelectorAll('mat-error').length).toBeGreaterThan(0);
    http.expectNone({ method: 'POST', url: CASES_URL });
  });

  it('shows only the warnings of the latest type, whichever answer comes first', async () => {
    await open({ workerId: 'w-1' });
    http.expectOne(`${WORKERS_URL}/w-1`).flush(worker);
    await settle(fixture);
    await choose('case-type', 'case-type-option-hardship');
    await choose('case-type', 'case-type-option-medical');
    const hardship = http.expectOne(`${WORKERS_URL}/w-1/warnings?type=hardship`);
    const medical = http.expectOne(`${WORKERS_URL}/w-1/warnings?type=medical`);
    medical.flush([warning('MED-2026-000009')]);
    await settle(fixture);
    // The hardship answer is no longer wanted: its request was cancelled, so it can never show.
    expect(hardship.cancelled).toBe(true);
    expect(warnings()).toEqual(['查看 MED-2026-000009']);
  });

  it('finds a worker by name as the user types, and by identity number in a POST', async () => {
    await open({});
    await type('case-worker-search', '张');
    await type('case-worker-search', '张秀');
    await pause();
    await settle(fixture);
    // One request for what was typed once the typing paused.
    http.expectOne(`${WORKERS_URL}?q=${encodeURIComponent('张秀')}&limit=10`).flush({
      items: [worker],
      nextCursor: null,
    });
    await settle(fixture);
    await type('case-worker-search', '34110219850412002X');
    await pause();
    await settle(fixture);
    const lookup = http.expectOne({ method: 'POST', url: `${WORKERS_URL}/lookup` });
    expect(lookup.request.body).toEqual({ idNumber: '34110219850412002X' });
    lookup.flush({ statusCode: 404, message: 'not found' }, { status: 404, statusText: 'Not Found' });
    await settle(fixture);
    expect(page.textContent).toContain('没有找到该职工。');

    await type('case-worker-search', '张秀');
    await pause();
    await settle(fixture);
    http.expectOne(`${WORKERS_URL}?q=${encodeURIComponent('张秀')}&limit=10`).flush({
      items: [worker],
      nextCursor: null,
    });
    await settle(fixture);
    element('case-worker-option-w-1').click();
    await settle(fixture);
    expect(element('case-worker').textContent).toContain('张秀英');
  });

  it('edits a returned case: its values filled in, its type and worker kept, the changes sent', async () => {
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await open({ id: 'c-1' });
    http.expectOne(`${CASES_URL}/c-1`).flush(returned);
    await settle(fixture);
    http.expectOne(`${WORKERS_URL}/w-1`).flush(worker);
    await settle(fixture);
    expect(element<HTMLInputElement>('case-requested').value).toBe('5000.00');
    expect(element<HTMLInputElement>('case-detail-hospital').value).toBe('滁州市第一人民医院');
    expect(element('case-type').getAttribute('aria-disabled')).toBe('true');
    expect(page.querySelector('[data-testid="case-worker-change"]')).toBeNull();

    await type('case-requested', '4800');
    element('case-save').click();
    await settle(fixture);
    const update = http.expectOne({ method: 'PATCH', url: `${CASES_URL}/c-1` });
    expect(update.request.body).toMatchObject({ requestedAmount: 480000, summary: '住院治疗，家庭困难' });
    update.flush({ ...returned, requestedAmount: 480000 });
    await settle(fixture);
  });
});
