import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { FileView, StandardView } from '@worker-aid/shared/domain';
import { aUser, aWorker, byTestId, renderComponent, settle, typeInto } from '@worker-aid/web/core/testing';
import { FILES_URL, STANDARDS_URL, WORKERS_URL } from '@worker-aid/web/data-access';
import { aFile } from '../../testing/file-fixtures';
import { FileFormPage } from './file-form-page';

/** ¥780 per person and month; relative below ¥1,560; sudden above 80 % of the yearly income. */
const standard: StandardView = {
  unitId: 'c',
  effectiveFrom: '2026-01-01',
  povertyLine: 78000,
  relativeMultiple: 2,
  suddenSharePercent: 80,
  inheritedFrom: 'c',
};

// Each test types into many fields, as a user does; on a busy machine that takes more than jest's 5 s.
jest.setTimeout(30_000);

const texts = {
  files: {
    form: { oneSelf: '家庭成员中必须有且只有一位“本人”', openExisting: '查看该职工的现有档案' },
    tierPanel: { noStandard: '没有生效的低保标准' },
  },
  fieldErrors: { birth_year: '出生年份应在1900年至今年之间' },
};

describe('FileFormPage', () => {
  let fixture: ComponentFixture<FileFormPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const el = <T extends HTMLElement = HTMLElement>(testId: string) => byTestId<T>(document, testId);
  const type = (testId: string, text: string) => typeInto(fixture, testId, text);

  async function choose(select: string, option: string): Promise<void> {
    el(select).click();
    await settle(fixture);
    el(option).click();
    await settle(fixture);
  }

  /** The tier the panel shows now. */
  function tier(): string | null {
    return page.querySelector('[data-testid="tier-badge"]')?.getAttribute('data-tier') ?? null;
  }

  function perCapita(): string {
    return el('tier-per-capita').textContent?.trim() ?? '';
  }

  /** `new?workerId=w-1`: the worker of the school union, and the standard of their unit. */
  async function openForWorker(answer: StandardView | null = standard): Promise<void> {
    ({
      fixture,
      http,
      element: page,
    } = await renderComponent(FileFormPage, { texts, user: aUser('caseworker') }));
    fixture.componentRef.setInput('workerId', 'w-1');
    await fixture.whenStable();
    http.expectOne(`${WORKERS_URL}/w-1`).flush(aWorker());
    await settle(fixture);
    const request = http.expectOne((req) => req.url === STANDARDS_URL);
    expect(request.request.params.get('unitId')).toBe('s');
    if (answer) request.flush(answer);
    else request.flush({ code: 'standard.not_found' }, { status: 404, statusText: 'Not Found' });
    await settle(fixture);
  }

  /** Fills the first member (the worker) and the causes: a valid household of one. */
  async function fillWorker(income: string): Promise<void> {
    await type('member-birth-year-0', '1985');
    await choose('member-work-0', 'member-work-0-option-employed');
    await type('member-income-0', income);
    await choose('household-main-cause', 'main-cause-option-illness');
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.remove());
  });

  it('computes the tier as incomes, members and expenses change, and files the household in fen', async () => {
    await openForWorker();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    // The first member is the worker, named already.
    expect(el<HTMLInputElement>('member-name-0').value).toBe('张秀英');
    expect(tier()).toBe('deep');

    await fillWorker('2000');
    expect(perCapita()).toBe('¥2,000.00');
    expect(tier()).toBe('none');

    el('member-add').click();
    await settle(fixture);
    expect(page.querySelectorAll('[data-testid^="member-name-"]').length).toBe(2);
    expect(perCapita()).toBe('¥1,000.00');
    expect(tier()).toBe('relative');

    await type('household-rigid', '500');
    expect(perCapita()).toBe('¥750.00');
    expect(tier()).toBe('deep');

    el('member-remove-1').click();
    await settle(fixture);
    expect(page.querySelectorAll('[data-testid^="member-name-"]').length).toBe(1);
    expect(perCapita()).toBe('¥1,500.00');
    expect(tier()).toBe('relative');
    // The last member cannot go.
    expect(el<HTMLButtonElement>('member-remove-0').disabled).toBe(true);

    // Sudden expenses above 80 % of a year's income (¥24,000 × 80 % = ¥19,200), with income above the line.
    await type('household-rigid', '0');
    await type('household-sudden', '19200.01');
    expect(tier()).toBe('sudden');

    el('file-save').click();
    await settle(fixture);
    const create = http.expectOne({ method: 'POST', url: FILES_URL });
    expect(create.request.body).toEqual({
      workerId: 'w-1',
      members: [
        {
          name: '张秀英',
          relation: 'self',
          birthYear: 1985,
          health: 'healthy',
          work: 'employed',
          monthlyIncome: 200000,
        },
      ],
      monthlyRigidExpenses: 0,
      suddenExpenses12m: 1920001,
      mainCause: 'illness',
      secondaryCauses: [],
      note: '',
    });
    create.flush({ id: 'f-9', fileNo: 'DA-2026-000009' } as FileView);
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/files', 'f-9']);
  });

  it('says a household needs exactly one "self", and sends nothing until it has', async () => {
    await openForWorker();
    await fillWorker('1000');
    el('member-add').click();
    await settle(fixture);
    await type('member-name-1', '王强');
    await choose('member-relation-1', 'member-relation-1-option-self');
    await type('member-birth-year-1', '1983');
    await choose('member-work-1', 'member-work-1-option-unemployed');
    await type('member-income-1', '0');
    expect(el('members-problem').textContent).toContain('家庭成员中必须有且只有一位“本人”');

    el('file-save').click();
    await settle(fixture);
    http.expectNone({ method: 'POST', url: FILES_URL });

    await choose('member-relation-1', 'member-relation-1-option-spouse');
    expect(page.querySelector('[data-testid="members-problem"]')).toBeNull();
  });

  it('never offers the main cause as a secondary one, and drops it when it becomes the main one', async () => {
    await openForWorker();
    await choose('household-main-cause', 'main-cause-option-illness');
    el('household-secondary-causes').click();
    await settle(fixture);
    expect(document.querySelector('[data-testid="secondary-cause-option-illness"]')).toBeNull();
    el('secondary-cause-option-low_income').click();
    el('secondary-cause-option-disaster').click();
    await settle(fixture);
    document.querySelector<HTMLElement>('.cdk-overlay-backdrop')?.click();
    await settle(fixture);
    expect(el('household-secondary-causes').textContent).toContain('low_income');

    await choose('household-main-cause', 'main-cause-option-low_income');
    expect(el('household-secondary-causes').textContent).not.toContain('low_income');
    expect(el('household-secondary-causes').textContent).toContain('disaster');
  });

  it('links to the worker’s open file when the API says there is one (file.exists)', async () => {
    await openForWorker();
    await fillWorker('1000');
    el('file-save').click();
    await settle(fixture);
    http
      .expectOne({ method: 'POST', url: FILES_URL })
      .flush({ code: 'file.exists', id: 'f-1' }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    const link = el<HTMLAnchorElement>('file-form-existing');
    expect(link.textContent?.trim()).toBe('查看该职工的现有档案');
    expect(link.getAttribute('href')).toBe('/files/f-1');
  });

  it('shows the API’s rule on the member’s field it names', async () => {
    await openForWorker();
    await fillWorker('1000');
    el('file-save').click();
    await settle(fixture);
    http.expectOne({ method: 'POST', url: FILES_URL }).flush(
      {
        code: 'validation',
        fields: [{ field: 'members[0].birthYear', code: 'birth_year', message: 'must be from 1900 to 2026' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(el('member-0').querySelector('mat-error')?.textContent?.trim()).toBe(
      '出生年份应在1900年至今年之间',
    );
    expect(page.querySelector('[data-testid="file-form-error"]')).toBeNull();
  });

  it('says so when no standard is in force for the worker’s unit', async () => {
    await openForWorker(null);
    expect(el('tier-no-standard').textContent).toContain('没有生效的低保标准');
    expect(page.querySelector('[data-testid="tier-badge"]')).toBeNull();
  });

  it('edits a returned file: its household filled in, its worker kept, the changes sent with PATCH', async () => {
    ({
      fixture,
      http,
      element: page,
    } = await renderComponent(FileFormPage, { texts, user: aUser('caseworker') }));
    fixture.componentRef.setInput('id', 'f-1');
    await fixture.whenStable();
    http.expectOne(`${FILES_URL}/f-1`).flush(aFile({ status: 'returned' }));
    await settle(fixture);
    http.expectOne(`${WORKERS_URL}/w-1`).flush(aWorker());
    await settle(fixture);
    http.expectOne((req) => req.url === STANDARDS_URL).flush(standard);
    await settle(fixture);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    expect(el<HTMLInputElement>('member-income-0').value).toBe('2000.00');
    expect(el<HTMLInputElement>('member-name-1').value).toBe('李明');
    expect(el<HTMLInputElement>('household-rigid').value).toBe('500.00');
    expect(perCapita()).toBe('¥750.00');
    expect(page.querySelector('[data-testid="file-worker-change"]')).toBeNull();

    await type('member-income-1', '300');
    expect(tier()).toBe('relative');
    el('file-save').click();
    await settle(fixture);
    const update = http.expectOne({ method: 'PATCH', url: `${FILES_URL}/f-1` });
    expect(update.request.body).toMatchObject({
      members: [{ monthlyIncome: 200000 }, { name: '李明', monthlyIncome: 30000 }],
      monthlyRigidExpenses: 50000,
      suddenExpenses12m: 0,
      mainCause: 'illness',
      secondaryCauses: ['single_parent'],
    });
    update.flush(aFile({ status: 'returned' }));
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/files', 'f-1']);
  });
});
