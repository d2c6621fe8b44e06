import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { FilterSelect } from './filter-select';

const texts = {
  status: '状态',
  year: '年度',
  fund: '资金',
  all: '全部',
  statuses: { draft: '草稿', approved: '已审批' },
};

const funds = [
  { id: 'f1', code: 'UNION-2026', name: '工会帮扶资金' },
  { id: 'f2', code: 'GOV-2026', name: '财政专项资金' },
];

@Component({
  imports: [FilterSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wa-filter-select
      [control]="status"
      label="status"
      allLabel="all"
      [options]="statuses"
      optionLabel="statuses."
      testId="status"
    />
    <wa-filter-select [control]="year" label="year" allLabel="all" [options]="years" testId="year" />
    <wa-filter-select
      [control]="fund"
      label="fund"
      allLabel="all"
      [options]="fundIds"
      [optionText]="fundName"
      [optionTestId]="fundCode"
      testId="fund"
    />
  `,
})
class Host {
  readonly status = new FormControl<'draft' | 'approved' | ''>('', { nonNullable: true });
  readonly statuses = ['draft', 'approved'] as const;
  readonly year = new FormControl<number | ''>('', { nonNullable: true });
  readonly years = [2027, 2026];
  readonly fund = new FormControl('', { nonNullable: true });
  readonly fundIds = funds.map((f) => f.id);
  readonly fundName = (id: string) => funds.find((f) => f.id === id)?.name ?? '';
  readonly fundCode = (id: string) => funds.find((f) => f.id === id)?.code ?? id;
}

describe('FilterSelect', () => {
  let fixture: ComponentFixture<Host>;
  let host: HTMLElement;

  const byTestId = (root: ParentNode, testId: string) =>
    root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const select = (testId: string) => byTestId(host, testId) as HTMLElement;
  const shown = (testId: string) =>
    select(testId).querySelector('.mat-mdc-select-value')?.textContent?.trim();
  const options = () =>
    [...document.querySelectorAll<HTMLElement>('mat-option')].map((o) => [
      o.dataset['testid'] ?? null,
      o.textContent?.trim(),
    ]);

  async function open(testId: string): Promise<void> {
    select(testId).querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        Host,
        TranslocoTestingModule.forRoot({
          langs: { 'zh-CN': texts },
          translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
          preloadLangs: true,
        }),
      ],
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    }).compileComponents();
    fixture = TestBed.createComponent(Host);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((o) => o.remove()));

  it('shows the label and "all", then the translated options with their test ids', async () => {
    const field = select('status').closest('wa-filter-select') as HTMLElement;
    expect(field.classList).toContain('wa-filter-select');
    expect(field.querySelector('mat-label')?.textContent?.trim()).toBe('状态');
    expect(shown('status')).toBe('全部');
    await open('status');
    expect(options()).toEqual([
      [null, '全部'],
      ['status-option-draft', '草稿'],
      ['status-option-approved', '已审批'],
    ]);
  });

  it('writes the picked value to the control, and shows the value the control is given', async () => {
    await open('status');
    byTestId(document, 'status-option-approved')?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.status.value).toBe('approved');
    expect(shown('status')).toBe('已审批');

    fixture.componentInstance.status.setValue('');
    await fixture.whenStable();
    expect(shown('status')).toBe('全部');
  });

  it('offers numbers as they are and writes them as numbers', async () => {
    await open('year');
    expect(options()).toEqual([
      [null, '全部'],
      ['year-option-2027', '2027'],
      ['year-option-2026', '2026'],
    ]);
    byTestId(document, 'year-option-2026')?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.year.value).toBe(2026);
  });

  it('names options from the data and ids them by another key when told to', async () => {
    await open('fund');
    expect(options()).toEqual([
      [null, '全部'],
      ['fund-option-UNION-2026', '工会帮扶资金'],
      ['fund-option-GOV-2026', '财政专项资金'],
    ]);
    byTestId(document, 'fund-option-GOV-2026')?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.fund.value).toBe('f2');
  });
});
