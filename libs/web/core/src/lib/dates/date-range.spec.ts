import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { byTestId, componentTestProviders, settle, translocoTesting, typeInto } from '../../testing';
import { LanguageService } from '../i18n/language.service';
import type { LanguageCode } from '../i18n/languages';
import { DateRange } from './date-range';

@Component({
  imports: [DateRange],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<wa-date-range
    [from]="form.controls.from"
    [to]="form.controls.to"
    fromLabel="period.from"
    toLabel="period.to"
    testId="period"
    [dash]="dash()"
  />`,
})
class Host {
  readonly form = new FormGroup({
    from: new FormControl<Date | null>(new Date(2026, 0, 1)),
    to: new FormControl<Date | null>(new Date(2026, 0, 31)),
  });
  readonly dash = signal(false);
}

describe('DateRange', () => {
  let fixture: ComponentFixture<Host>;
  let host: HTMLElement;
  let language: ReturnType<typeof signal<LanguageCode>>;

  const input = (testId: string) => byTestId<HTMLInputElement>(host, testId);
  const typeDate = (testId: string, text: string) => typeInto(fixture, testId, text);

  function errors(): string[] {
    return [...host.querySelectorAll('mat-error')].map((e) => e.textContent?.trim() ?? '');
  }

  beforeEach(async () => {
    language = signal<LanguageCode>('zh-CN');
    await TestBed.configureTestingModule({
      imports: [
        Host,
        translocoTesting({
          period: { from: '起始日期', to: '截止日期' },
          dates: { invalid: '日期无效', fromAfterTo: '起始日期不能晚于截止日期' },
        }),
      ],
      providers: [...componentTestProviders(), { provide: LanguageService, useValue: { active: language } }],
    }).compileComponents();
    fixture = TestBed.createComponent(Host);
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  });

  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((o) => o.remove()));

  it('shows both days as Chinese users write them, labelled, with the pattern as placeholder and test ids', () => {
    expect([...host.querySelectorAll('mat-label')].map((l) => l.textContent?.trim())).toEqual([
      '起始日期',
      '截止日期',
    ]);
    expect(input('period-from').value).toBe('2026-01-01');
    expect(input('period-to').value).toBe('2026-01-31');
    expect(input('period-from').placeholder).toBe('YYYY-MM-DD');
    expect(host.querySelector('[data-testid="period-from-toggle"] button')).toBeTruthy();
    expect(host.querySelector('[data-testid="period-to-toggle"] button')).toBeTruthy();
    expect(host.querySelector('.dash')).toBeNull();
  });

  it('writes typed days into the controls, and a start after the end is an error', async () => {
    const { from, to } = fixture.componentInstance.form.controls;
    await typeDate('period-to', '2026/2/28');
    expect(to.value).toEqual(new Date(2026, 1, 28));
    await typeDate('period-from', '2026年3月1日');
    expect(from.value).toEqual(new Date(2026, 2, 1));
    expect(from.hasError('matDatepickerMax')).toBe(true);
    // The end, touched too, now starts before the start: both fields say why.
    expect(to.hasError('matDatepickerMin')).toBe(true);
    expect(errors()).toEqual(['起始日期不能晚于截止日期', '起始日期不能晚于截止日期']);

    await typeDate('period-to', '2026-03-31');
    expect(from.valid && to.valid).toBe(true);
    expect(errors()).toEqual([]);
  });

  it('an end before the start is an error on the end', async () => {
    const { to } = fixture.componentInstance.form.controls;
    await typeDate('period-to', '2025-12-31');
    expect(to.hasError('matDatepickerMin')).toBe(true);
    expect(errors()).toEqual(['起始日期不能晚于截止日期']);
  });

  it('says so when a day cannot be read, and the control holds no day', async () => {
    const { from } = fixture.componentInstance.form.controls;
    await typeDate('period-from', '2026-13-45');
    expect(from.value).toBeNull();
    expect(from.hasError('matDatepickerParse')).toBe(true);
    expect(errors()).toEqual(['日期无效']);
  });

  it('follows the language switch: English days, placeholder and reading', async () => {
    language.set('en');
    await settle(fixture);
    expect(input('period-from').value).toBe('1/1/2026');
    expect(input('period-to').placeholder).toBe('M/D/YYYY');
    await typeDate('period-to', '2/14/2026');
    expect(fixture.componentInstance.form.controls.to.value).toEqual(new Date(2026, 1, 14));
  });

  it('follows controls set from outside, and puts a dash between the fields when asked', async () => {
    fixture.componentInstance.form.setValue({ from: new Date(2017, 0, 1), to: new Date(2017, 11, 31) });
    fixture.componentInstance.dash.set(true);
    await settle(fixture);
    expect(input('period-from').value).toBe('2017-01-01');
    expect(input('period-to').value).toBe('2017-12-31');
    expect(host.querySelector('.dash')).toBeTruthy();
  });
});
