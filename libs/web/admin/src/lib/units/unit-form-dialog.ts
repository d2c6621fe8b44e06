import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  MIN_NAME_LENGTH,
  TEXT_LIMITS,
  UNIT_CODE_PATTERN,
  type UnitLevel,
  type UnitView,
} from '@worker-aid/shared/domain';
import { problemMessageKey, showServerErrors, toApiProblem } from '@worker-aid/web/core';
import { ErrorBox, FieldError, lengthBetween, UnitLevelChip } from '@worker-aid/web/ui';
import { UnitsApi } from '@worker-aid/web/data-access';
import { firstValueFrom } from 'rxjs';

export interface UnitFormDialogData {
  parent: UnitView;
  /** The new unit's level: one below the parent's. */
  level: UnitLevel;
}

const FIELDS = ['code', 'name'] as const;

/** Adds a unit below `parent`; closes with the created unit. */
@Component({
  selector: 'wa-unit-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    TranslocoPipe,
    ErrorBox,
    FieldError,
    UnitLevelChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unit-form-dialog.html',
  styles: `
    mat-dialog-content {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    mat-form-field {
      width: 100%;
    }
    .placement {
      margin: 0;
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 8px 16px;
      align-items: center;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
      font: var(--mat-sys-body-medium);
    }
    .placement dt {
      color: var(--mat-sys-on-surface-variant);
    }
    .placement dd {
      margin: 0;
    }
    mat-progress-spinner {
      display: inline-block;
      margin-right: 8px;
    }
  `,
})
export class UnitFormDialog {
  private readonly api = inject(UnitsApi);
  private readonly dialogRef = inject<MatDialogRef<UnitFormDialog, UnitView>>(MatDialogRef);
  protected readonly data = inject<UnitFormDialogData>(MAT_DIALOG_DATA);

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(UNIT_CODE_PATTERN)]],
    name: [
      '',
      [
        Validators.required,
        Validators.minLength(MIN_NAME_LENGTH),
        Validators.maxLength(TEXT_LIMITS.unitName),
      ],
    ],
  });
  protected readonly nameMessages = lengthBetween(MIN_NAME_LENGTH, TEXT_LIMITS.unitName);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.form.controls.code.setValue(this.form.controls.code.value.trim());
    this.form.controls.name.setValue(this.form.controls.name.value.trim());
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    try {
      const { code, name } = this.form.getRawValue();
      const unit = await firstValueFrom(
        this.api.create({
          code,
          name,
          level: this.data.level,
          parentId: this.data.parent.id,
        }),
      );
      this.dialogRef.close(unit);
    } catch (error: unknown) {
      const problem = toApiProblem(error, FIELDS);
      if (problem.code === 'unit.duplicate_code') {
        this.form.controls.code.setErrors({ taken: true });
        this.form.controls.code.markAsTouched();
        return;
      }
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
