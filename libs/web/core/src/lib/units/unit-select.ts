import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule, type SubscriptSizing } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldError } from '@worker-aid/web/ui';
import { UnitDirectory } from './unit-directory';
import { UNIT_LEVEL_ICONS } from './unit-options';

/**
 * The form field that picks one of the units the user can see, as an indented tree with each
 * tier's icon. In a reactive form it edits a control (and shows the control's error):
 *
 *     <wa-unit-select [control]="form.controls.unitId" label="workers.fields.unit" testId="worker-unit" />
 *
 * on a page that keeps the unit in a signal it takes a value and tells the pick:
 *
 *     <wa-unit-select [value]="unitId()" (valueChange)="pick($event)" label="files.fields.unit"
 *                     allLabel="files.filters.allUnits" testId="review-due-unit" />
 *
 * `allLabel` adds a first option with the value '' ("all units"). The select's test id is
 * `testId`, each unit's `<testId>-option-<unit code>`. The page sizes the field by a class on
 * the element (it fills the element's width). The directory must be loaded by the page.
 */
@Component({
  selector: 'wa-unit-select',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslocoPipe,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field [subscriptSizing]="subscriptSizing()">
      <mat-label>{{ label() | transloco }}</mat-label>
      <mat-select
        [formControl]="field()"
        (valueChange)="valueChange.emit($event)"
        [panelWidth]="null"
        [attr.data-testid]="testId()"
      >
        @if (allLabel(); as all) {
          <mat-option value="">{{ all | transloco }}</mat-option>
        }
        @for (option of units.options(); track option.unit.id) {
          <mat-option
            [value]="option.unit.id"
            [style.padding-left.px]="16 + option.depth * 20"
            [attr.data-testid]="testId() + '-option-' + option.unit.code"
          >
            <mat-icon class="unit-icon">{{ levelIcon[option.unit.level] }}</mat-icon
            >{{ option.unit.name }}
          </mat-option>
        }
      </mat-select>
      @if (hint(); as hint) {
        <mat-hint>{{ hint | transloco }}</mat-hint>
      }
      @if (control(); as control) {
        <mat-error [waFieldError]="control" />
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }

    mat-form-field {
      width: 100%;
    }

    .unit-icon {
      width: 18px;
      height: 18px;
      margin-right: 8px;
      font-size: 18px;
      vertical-align: middle;
      color: var(--mat-sys-primary);
    }
  `,
})
export class UnitSelect {
  /** The form's control of the unit id; when left out, `value` and `valueChange` carry it. */
  readonly control = input<FormControl<string> | FormControl<string | null>>();
  /** The unit id shown, without a control ('' for all units, null for none yet). */
  readonly value = input<string | null>(null);
  /** The unit id the user picked ('' for all units). */
  readonly valueChange = output<string>();
  /** The translation keys of the label, the "all units" option and the hint. */
  readonly label = input.required<string>();
  readonly allLabel = input<string>();
  readonly hint = input<string>();
  readonly testId = input.required<string>();
  /** 'dynamic' in a row of filters, where no error shows and no room is kept for one. */
  readonly subscriptSizing = input<SubscriptSizing>('fixed');

  protected readonly units = inject(UnitDirectory);
  protected readonly levelIcon = UNIT_LEVEL_ICONS;
  private readonly own = new FormControl<string | null>(null);
  protected readonly field = computed((): FormControl<string | null> => this.control() ?? this.own);

  constructor() {
    effect(() => this.own.setValue(this.value(), { emitEvent: false }));
  }
}
