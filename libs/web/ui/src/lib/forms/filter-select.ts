import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A list page's "filter by X" select: "all" ('') first, then one option a value.
 *
 *     <wa-filter-select class="select" [control]="filters.controls.status" label="cases.fields.status"
 *                       allLabel="cases.filters.all" [options]="statuses" optionLabel="caseStatuses."
 *                       testId="case-filter-status" />
 *
 * An option reads as the translation of `optionLabel + value`; without `optionLabel`, as
 * `optionText(value)`, or the value itself (years). The select's test id is `testId`, each
 * option's `<testId>-option-<value>` (or `optionTestId(value)` in place of the value). The page
 * sizes the field by a class on the element (it fills the element's width).
 */
@Component({
  selector: 'wa-filter-select',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wa-filter-select' },
  template: `
    <mat-form-field subscriptSizing="dynamic">
      <mat-label>{{ label() | transloco }}</mat-label>
      <mat-select [formControl]="control()" [attr.data-testid]="testId()">
        <mat-option value="">{{ allLabel() | transloco }}</mat-option>
        @for (value of options(); track value) {
          <mat-option
            [value]="value"
            [attr.data-testid]="testId() + '-option-' + (optionTestId()?.(value) ?? value)"
          >
            @if (optionLabel(); as prefix) {
              {{ prefix + value | transloco }}
            } @else {
              {{ optionText()?.(value) ?? value }}
            }
          </mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
      /* As narrow as the page's flex basis says, like a bare form field (not the 180px its input asks). */
      min-width: 0;
    }

    mat-form-field {
      width: 100%;
    }
  `,
})
export class FilterSelect<T extends string | number> {
  /** The filter's control: a value, or '' for all. */
  readonly control = input.required<FormControl<T | ''>>();
  /** The translation keys of the field's label and of the "all" option. */
  readonly label = input.required<string>();
  readonly allLabel = input.required<string>();
  readonly options = input.required<readonly T[]>();
  /** The translation key prefix of an option, e.g. 'campaigns.statuses.'. */
  readonly optionLabel = input<string>();
  /** An option's text as it is (a name from the data), when it has no translation. */
  readonly optionText = input<(value: T) => string>();
  /** What stands for the value in an option's test id, when not the value (a fund's code). */
  readonly optionTestId = input<(value: T) => string>();
  readonly testId = input.required<string>();
}
