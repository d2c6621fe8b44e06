import { booleanAttribute, ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldError } from '@worker-aid/web/ui';
import { startWith, switchMap } from 'rxjs';
import { LanguageService } from '../i18n/language.service';
import { DATE_INPUT_HINTS } from './date-formats';
import { provideDates } from './provide-dates';

/** The day a date control holds, as a signal that follows the control (and a new control). */
function valueOf(control: () => FormControl<Date | null>) {
  return toSignal(
    toObservable(computed(control)).pipe(switchMap((c) => c.valueChanges.pipe(startWith(c.value)))),
    { initialValue: null },
  );
}

/**
 * A period as two date fields, 起始日期 and 截止日期 (Material datepickers in the user's
 * language), each bounded by the other so that neither picker offers a day on the wrong side:
 *
 *     <wa-date-range [from]="form.controls.from" [to]="form.controls.to"
 *                    fromLabel="reports.filters.from" toLabel="reports.filters.to" testId="report" />
 *
 * The fields' test ids are `<testId>-from`, `<testId>-from-toggle`, `<testId>-to` and
 * `<testId>-to-toggle`. The element itself takes no room (`display: contents`): the two fields
 * are items of the surrounding flex row, 170px wide, and share a row on a phone.
 */
@Component({
  selector: 'wa-date-range',
  imports: [
    ReactiveFormsModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideDates()],
  template: `
    <mat-form-field subscriptSizing="dynamic" class="date">
      <mat-label>{{ fromLabel() | transloco }}</mat-label>
      <input
        matInput
        [matDatepicker]="fromPicker"
        [formControl]="from()"
        [max]="toDay()"
        [placeholder]="hint()"
        autocomplete="off"
        [attr.data-testid]="testId() + '-from'"
      />
      <mat-datepicker-toggle
        matIconSuffix
        [for]="fromPicker"
        [attr.data-testid]="testId() + '-from-toggle'"
      />
      <mat-datepicker #fromPicker />
      <mat-error
        [waFieldError]="from()"
        [messages]="{ matDatepickerParse: 'dates.invalid', matDatepickerMax: 'dates.fromAfterTo' }"
      />
    </mat-form-field>
    @if (dash()) {
      <span class="dash" aria-hidden="true">—</span>
    }
    <mat-form-field subscriptSizing="dynamic" class="date">
      <mat-label>{{ toLabel() | transloco }}</mat-label>
      <input
        matInput
        [matDatepicker]="toPicker"
        [formControl]="to()"
        [min]="fromDay()"
        [placeholder]="hint()"
        autocomplete="off"
        [attr.data-testid]="testId() + '-to'"
      />
      <mat-datepicker-toggle matIconSuffix [for]="toPicker" [attr.data-testid]="testId() + '-to-toggle'" />
      <mat-datepicker #toPicker />
      <mat-error
        [waFieldError]="to()"
        [messages]="{ matDatepickerParse: 'dates.invalid', matDatepickerMin: 'dates.fromAfterTo' }"
      />
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }

    .date {
      flex: 0 1 170px;
    }

    .dash {
      color: var(--mat-sys-on-surface-variant);
    }

    /* Phones: the two dates share a row. */
    @media (max-width: 599px) {
      .date {
        flex: 1 1 130px;
      }

      .dash {
        display: none;
      }
    }
  `,
})
export class DateRange {
  /** The first day of the period (a `Date`, or null while empty or not a date). */
  readonly from = input.required<FormControl<Date | null>>();
  /** The last day of the period. */
  readonly to = input.required<FormControl<Date | null>>();
  /** The translation keys of the two labels. */
  readonly fromLabel = input.required<string>();
  readonly toLabel = input.required<string>();
  /** The prefix of the fields' test ids. */
  readonly testId = input.required<string>();
  /** A dash between the two fields (not on a phone, where they share a row anyway). */
  readonly dash = input(false, { transform: booleanAttribute });

  private readonly language = inject(LanguageService);
  /** What each field shows while empty: the pattern to type, in the user's language. */
  protected readonly hint = computed(() => DATE_INPUT_HINTS[this.language.active()]);
  protected readonly fromDay = valueOf(this.from);
  protected readonly toDay = valueOf(this.to);
}
