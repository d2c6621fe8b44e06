import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { UNIT_LEVEL_ICONS, UnitDirectory } from '@worker-aid/web/core';
import {
  DATE_PRESETS,
  isIsoDate,
  matchingPreset,
  presetRange,
  type DatePreset,
  type ReportQuery,
} from '../data/report-query';

/** The filters bar: quick periods, from/to dates, the unit (within the user's scope) and 查询. */
@Component({
  selector: 'wa-report-filters',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-filters.html',
  styleUrl: './report-filters.scss',
})
export class ReportFilters {
  protected readonly units = inject(UnitDirectory);
  protected readonly levelIcon = UNIT_LEVEL_ICONS;
  protected readonly presets = DATE_PRESETS;

  /** The query on screen; the form follows it (after a drill-down, a preset or the URL). */
  readonly query = input.required<ReportQuery>();
  /** Today on the center's clock, for the presets. */
  readonly today = input.required<string>();
  readonly busy = input(false);
  readonly apply = output<ReportQuery>();

  protected readonly form = new FormGroup({
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
    unitId: new FormControl('', { nonNullable: true }),
  });
  protected readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  constructor() {
    effect(() => this.form.setValue({ ...this.query() }));
  }

  protected preset(): DatePreset | null {
    const { from, to } = this.value();
    return matchingPreset({ from: from ?? '', to: to ?? '' }, this.today());
  }

  protected choosePreset(preset: DatePreset): void {
    this.form.patchValue(presetRange(preset, this.today()));
    this.submit();
  }

  protected valid(): boolean {
    const { from, to } = this.value();
    return isIsoDate(from) && isIsoDate(to) && from <= to;
  }

  protected submit(): void {
    if (!this.valid()) return;
    this.apply.emit(this.form.getRawValue());
  }
}
