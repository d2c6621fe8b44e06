import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type UserView } from '@worker-aid/shared/domain';
import { problemMessageKey, showServerErrors, toApiProblem } from '@worker-aid/web/core';
import { ErrorBox, FieldError, lengthBetween } from '@worker-aid/web/ui';
import { UsersApi } from '@worker-aid/web/data-access';
import { firstValueFrom } from 'rxjs';

export interface PasswordDialogData {
  user: UserView;
}

/** A password's messages besides required: too short and too long get one, with both limits. */
export const PASSWORD_LENGTH_MESSAGES = lengthBetween(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH);

/** The repeated password must equal the first. */
export const passwordsMatch: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const password: unknown = group.get('password')?.value;
  const repeat: unknown = group.get('repeat')?.value;
  return repeat && password !== repeat ? { mismatch: true } : null;
};

/** Sets a new password for a user (PATCH /api/users/:id {password}); closes with true when done. */
@Component({
  selector: 'wa-password-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatProgressSpinnerModule,
    TranslocoPipe,
    ErrorBox,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'users.passwordForm.title' | transloco: { name: data.user.displayName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="password-form">
      <mat-dialog-content>
        @if (errorKey(); as key) {
          <wa-error-box [heading]="key | transloco" [lineKeys]="errorDetails()" />
        }
        <p class="note">{{ 'users.passwordForm.note' | transloco }}</p>
        <mat-form-field>
          <mat-label>{{ 'users.passwordForm.password' | transloco }}</mat-label>
          <input
            matInput
            type="password"
            formControlName="password"
            autocomplete="new-password"
            data-testid="password-new"
          />
          <mat-hint>{{ 'users.form.passwordHint' | transloco: { min: minPassword } }}</mat-hint>
          <mat-error [waFieldError]="form.controls.password" [messages]="passwordMessages" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'users.passwordForm.repeat' | transloco }}</mat-label>
          <input
            matInput
            type="password"
            formControlName="repeat"
            autocomplete="new-password"
            data-testid="password-repeat"
          />
          <mat-error [waFieldError]="form.controls.repeat" />
        </mat-form-field>
        @if (form.hasError('mismatch') && form.controls.repeat.touched) {
          <p class="mismatch" role="alert">{{ 'users.passwordForm.mismatch' | transloco }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="password-save">
          @if (saving()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" />
          }
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    form mat-form-field {
      width: 100%;
      margin-top: 8px;
    }
    .note {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .mismatch {
      margin: 4px 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    mat-progress-spinner {
      display: inline-block;
      margin-right: 8px;
    }
  `,
})
export class PasswordDialog {
  private readonly api = inject(UsersApi);
  private readonly dialogRef = inject<MatDialogRef<PasswordDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<PasswordDialogData>(MAT_DIALOG_DATA);
  protected readonly minPassword = MIN_PASSWORD_LENGTH;
  protected readonly passwordMessages = PASSWORD_LENGTH_MESSAGES;

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: [
        '',
        [
          Validators.required,
          Validators.minLength(MIN_PASSWORD_LENGTH),
          Validators.maxLength(MAX_PASSWORD_LENGTH),
        ],
      ],
      repeat: ['', Validators.required],
    },
    { validators: passwordsMatch },
  );
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    try {
      await firstValueFrom(
        this.api.update(this.data.user.id, { password: this.form.controls.password.value }),
      );
      this.dialogRef.close(true);
    } catch (error: unknown) {
      const problem = toApiProblem(error, ['password']);
      const general = showServerErrors(this.form, problem);
      if (general.length > 0 || Object.keys(problem.fieldErrors).length === 0) {
        this.errorKey.set(problemMessageKey(problem));
        this.errorDetails.set(general);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
