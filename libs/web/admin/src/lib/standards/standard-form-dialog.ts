import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { todayInCenter, type UnitView } from '@worker-aid/shared/domain';
import { LanguageService, problemMessageKey, showServerErrors, toApiProblem } from '@worker-aid/web/core';
import { DATE_INPUT_HINTS, fromIsoDate, provideDates, toIsoDate } from '@worker-aid/web/core/dates';
import type { PutStandardRequest, StandardView } from '@worker-aid/shared/domain';
import { StandardsApi } from '@worker-aid/web/data-access';
import { ErrorBox, FenPipe, fenToYuanText, FieldError, yuanToFen, yuanValidator } from '@worker-aid/web/ui';
import { firstValueFrom } from 'rxjs';
import {
  DEFAULT_MULTIPLE_TENTHS,
  DEFAULT_SUDDEN_SHARE,
  MAX_SUDDEN_SHARE,
  MIN_SUDDEN_SHARE,
  MULTIPLE_TENTHS,
  multipleOfTenths,
} from './standard-rules';

export interface StandardFormDialogData {
  unit: UnitView;
  /** The standard in force now, to start from; null when there is none. */
  current: StandardView | null;
}

const FORM_FIELDS = ['effectiveFrom', 'povertyLine', 'relativeMultiple', 'suddenSharePercent'];

/** Sets a new 低保标准 for a unit from a day on; closes with what the API answered. */
@Component({
  selector: 'wa-standard-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorBox,
    FenPipe,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './standard-form-dialog.html',
  styles: `
    mat-dialog-content {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    mat-form-field {
      width: 100%;
    }
    .pair {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 16px;
    }
    .unit {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    mat-progress-spinner {
      display: inline-block;
      margin-right: 8px;
    }
    @media (max-width: 599.98px) {
      .pair {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
  providers: [provideDates()],
})
export class StandardFormDialog {
  private readonly api = inject(StandardsApi);
  private readonly dialogRef = inject<MatDialogRef<StandardFormDialog, StandardView>>(MatDialogRef);
  private readonly language = inject(LanguageService);
  protected readonly data = inject<StandardFormDialogData>(MAT_DIALOG_DATA);
  protected readonly multiples = MULTIPLE_TENTHS;
  protected readonly multipleOfTenths = multipleOfTenths;
  protected readonly dateHint = computed(() => DATE_INPUT_HINTS[this.language.active()]);
  protected readonly shareMessages = {
    min: { key: 'standards.form.shareRange', params: { min: MIN_SUDDEN_SHARE, max: MAX_SUDDEN_SHARE } },
    max: { key: 'standards.form.shareRange', params: { min: MIN_SUDDEN_SHARE, max: MAX_SUDDEN_SHARE } },
    pattern: { key: 'standards.form.shareRange', params: { min: MIN_SUDDEN_SHARE, max: MAX_SUDDEN_SHARE } },
  };

  private readonly current = this.data.current;
  protected readonly form = new FormGroup({
    /** The day as picked or typed; sent as `YYYY-MM-DD`. */
    effectiveFrom: new FormControl<Date | null>(fromIsoDate(todayInCenter()), {
      validators: Validators.required,
    }),
    povertyLine: new FormControl(fenToYuanText(this.current?.povertyLine), {
      nonNullable: true,
      validators: [Validators.required, yuanValidator(), positiveYuan],
    }),
    relativeMultiple: new FormControl(
      this.current ? Math.round(this.current.relativeMultiple * 10) : DEFAULT_MULTIPLE_TENTHS,
      { nonNullable: true, validators: Validators.required },
    ),
    suddenSharePercent: new FormControl<string>(
      String(this.current?.suddenSharePercent ?? DEFAULT_SUDDEN_SHARE),
      {
        nonNullable: true,
        validators: [
          Validators.required,
          Validators.pattern(/^\s*\d+\s*$/),
          Validators.min(MIN_SUDDEN_SHARE),
          Validators.max(MAX_SUDDEN_SHARE),
        ],
      },
    ),
  });

  private readonly lineText = toSignal(this.form.controls.povertyLine.valueChanges, {
    initialValue: this.form.controls.povertyLine.value,
  });
  protected readonly povertyLine = computed(() => yuanToFen(this.lineText()));

  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const povertyLine = this.povertyLine();
    if (this.form.invalid || povertyLine === null) {
      this.form.markAllAsTouched();
      return;
    }
    const { effectiveFrom, relativeMultiple, suddenSharePercent } = this.form.getRawValue();
    const body: PutStandardRequest = {
      unitId: this.data.unit.id,
      effectiveFrom: toIsoDate(effectiveFrom),
      povertyLine,
      relativeMultiple: multipleOfTenths(relativeMultiple),
      suddenSharePercent: Number(suddenSharePercent.trim()),
    };
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    try {
      this.dialogRef.close(await firstValueFrom(this.api.set(body)));
    } catch (error: unknown) {
      const problem = toApiProblem(error, FORM_FIELDS);
      const rest = showServerErrors(this.form, problem);
      if (rest.length > 0 || Object.keys(problem.fieldErrors).length === 0) {
        this.errorKey.set(problemMessageKey(problem));
        this.errorDetails.set(rest);
      }
    } finally {
      this.saving.set(false);
    }
  }
}

/** A poverty line of zero says nothing: more than ¥0.00 (`{ positive: true }`). */
function positiveYuan(control: AbstractControl<string | null>): ValidationErrors | null {
  const fen = yuanToFen(control.value);
  return fen !== null && fen <= 0 ? { positive: true } : null;
}
