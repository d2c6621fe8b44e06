import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, Validators } from '@angular/forms';
import type { UnitView } from '@worker-aid/shared/domain';
import { byTestId, componentTestProviders, settle, translocoTesting } from '../../testing';
import { UnitDirectory } from './unit-directory';
import { unitOptions } from './unit-options';
import { UnitSelect } from './unit-select';

const units: UnitView[] = [
  { id: 's', code: 'CZ-EDU-01', name: '滁州中学工会', level: 'grassroots', parentId: 'e' },
  { id: 'c', code: 'CZ', name: '帮扶中心', level: 'center', parentId: null },
  { id: 'e', code: 'CZ-EDU', name: '市教育局工会', level: 'industry', parentId: 'c' },
];

const texts = {
  unit: '所属单位',
  allUnits: '全部单位',
  unitHint: '选择职工所在的基层工会',
  validation: { required: '必填' },
};

@Component({
  imports: [UnitSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wa-unit-select [control]="unitId" label="unit" hint="unitHint" testId="worker-unit" />
    <wa-unit-select
      [value]="picked()"
      (valueChange)="picks.push($event)"
      label="unit"
      allLabel="allUnits"
      testId="filter-unit"
      subscriptSizing="dynamic"
    />
  `,
})
class Host {
  readonly unitId = new FormControl('', { nonNullable: true, validators: Validators.required });
  readonly picked = signal('');
  readonly picks: string[] = [];
}

describe('UnitSelect', () => {
  let fixture: ComponentFixture<Host>;
  let host: HTMLElement;

  const select = (testId: string) => byTestId(host, testId);
  const field = (testId: string) => select(testId).closest('mat-form-field') as HTMLElement;
  const shown = (testId: string) =>
    select(testId).querySelector('.mat-mdc-select-value')?.textContent?.trim();
  const options = () => [...document.querySelectorAll<HTMLElement>('mat-option')];

  async function open(testId: string): Promise<void> {
    select(testId).querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await settle(fixture);
  }

  async function pick(testId: string, optionTestId: string): Promise<void> {
    await open(testId);
    byTestId(document, optionTestId).click();
    await settle(fixture);
  }

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [Host, translocoTesting(texts)],
      providers: [
        ...componentTestProviders(),
        { provide: UnitDirectory, useValue: { options: signal(unitOptions(units)) } },
      ],
    }).compileComponents();
    fixture = TestBed.createComponent(Host);
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  });

  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((o) => o.remove()));

  it('lists the units as an indented tree with their tier icons and test ids', async () => {
    expect(field('worker-unit').querySelector('mat-label')?.textContent?.trim()).toBe('所属单位');
    await open('worker-unit');
    expect(
      options().map((o) => [
        o.dataset['testid'],
        o.style.paddingLeft,
        o.querySelector('mat-icon')?.textContent?.trim(),
        o.textContent?.replace(o.querySelector('mat-icon')?.textContent ?? '', '').trim(),
      ]),
    ).toEqual([
      ['worker-unit-option-CZ', '16px', 'account_balance', '帮扶中心'],
      ['worker-unit-option-CZ-EDU', '36px', 'apartment', '市教育局工会'],
      ['worker-unit-option-CZ-EDU-01', '56px', 'storefront', '滁州中学工会'],
    ]);
  });

  it('edits a form control, with its hint, and shows its error once touched', async () => {
    expect(field('worker-unit').querySelector('mat-hint')?.textContent?.trim()).toBe(
      '选择职工所在的基层工会',
    );
    fixture.componentInstance.unitId.markAsTouched();
    fixture.componentInstance.unitId.updateValueAndValidity();
    await settle(fixture);
    expect(field('worker-unit').querySelector('mat-error')?.textContent?.trim()).toBe('必填');

    await pick('worker-unit', 'worker-unit-option-CZ-EDU');
    expect(fixture.componentInstance.unitId.value).toBe('e');
    expect(field('worker-unit').querySelector('mat-error')).toBeNull();

    fixture.componentInstance.unitId.setValue('s');
    await settle(fixture);
    expect(shown('worker-unit')).toBe('滁州中学工会');
  });

  it('without a control shows the value it is given, offers all units first and tells each pick', async () => {
    expect(shown('filter-unit')).toBe('全部单位');
    expect(field('filter-unit').querySelector('mat-error, mat-hint')).toBeNull();

    await open('filter-unit');
    expect(options()[0].textContent?.trim()).toBe('全部单位');
    byTestId(document, 'filter-unit-option-CZ-EDU-01').click();
    await settle(fixture);
    expect(fixture.componentInstance.picks).toEqual(['s']);
    expect(shown('filter-unit')).toBe('滁州中学工会');

    fixture.componentInstance.picked.set('c');
    await settle(fixture);
    expect(shown('filter-unit')).toBe('帮扶中心');
    expect(fixture.componentInstance.picks).toEqual(['s']);
  });
});
