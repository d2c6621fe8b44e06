import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { UnitDirectory, UnitSelect } from '@worker-aid/web/core';
import { DateRange, fromIsoDate, toIsoDate } from '@worker-aid/web/core/dates';
import { map } from 'rxjs';
import {
  DATE_PRESETS,
  isIsoDate,
  matchingPreset,
  presetRange,
  type DatePreset,
  type ReportQuery,
} from '../data/report-query';

/**
 * The filters bar: quick periods, from/to dates (Material datepickers in the user's language;
 * from ≤ to), the unit (within the user's scope) and 查询.
 */
@Component({
  selector: 'wa-report-filters',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    TranslocoPipe,
    DateRange,
    UnitSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-filters.html',
  styleUrl: './report-filters.scss',
})
export class ReportFilters {
  private readonly units = inject(UnitDirectory);
  protected readonly presets = DATE_PRESETS;

  /** The query on screen; the form follows it (after a drill-down, a preset or the URL). */
  readonly query = input.required<ReportQuery>();
  /** Today on the center's clock, for the presets. */
  readonly today = input.required<string>();
  readonly busy = input(false);
  readonly apply = output<ReportQuery>();

  protected readonly form = new FormGroup({
    from: new FormControl<Date | null>(null),
    to: new FormControl<Date | null>(null),
    unitId: new FormControl('', { nonNullable: true }),
  });
  /** The form as the API would get it, and whether the pickers accept what is typed. */
  private readonly state = toSignal(this.form.events.pipe(map(() => this.read())), {
    initialValue: this.read(),
  });

  constructor() {
    effect(() => {
      const { from, to, unitId } = this.query();
      this.form.setValue({ from: fromIsoDate(from), to: fromIsoDate(to), unitId });
    });
  }

  protected preset(): DatePreset | null {
    return matchingPreset(this.state().query, this.today());
  }

  /** A quick period applies at once (before the pickers have re-checked each other's bounds). */
  protected choosePreset(preset: DatePreset): void {
    const range = presetRange(preset, this.today());
    this.form.patchValue({ from: fromIsoDate(range.from), to: fromIsoDate(range.to) });
    this.apply.emit({ ...range, unitId: this.form.controls.unitId.value });
  }

  /** Two whole dates, the first not after the second. */
  protected valid(): boolean {
    const { query, pickersValid } = this.state();
    return pickersValid && isIsoDate(query.from) && isIsoDate(query.to) && query.from <= query.to;
  }

  protected submit(): void {
    if (!this.valid()) return;
    this.apply.emit(this.state().query);
  }

  private read(): { query: ReportQuery; pickersValid: boolean } {
    const { from, to, unitId } = this.form.getRawValue();
    return { query: { from: toIsoDate(from), to: toIsoDate(to), unitId }, pickersValid: this.form.valid };
  }
}
