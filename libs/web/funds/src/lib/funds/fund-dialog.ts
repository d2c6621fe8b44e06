import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  FUND_CODE_PATTERN,
  FUND_SOURCES,
  MIN_NAME_LENGTH,
  TEXT_LIMITS,
  type FundSource,
  type FundView,
} from '@worker-aid/shared/domain';
import { problemMessageKey, showServerErrors, toApiProblem } from '@worker-aid/web/core';
import { FundsApi } from '@worker-aid/web/data-access';
import { firstValueFrom } from 'rxjs';
import { ErrorBox, FieldError, lengthBetween } from '@worker-aid/web/ui';

/** 新建资金: code, name and source; closes with the new fund. */
@Component({
  selector: 'wa-fund-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorBox,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'funds.create' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="fund-dialog">
      <mat-dialog-content>
        @if (errorKey(); as key) {
          <wa-error-box [heading]="key | transloco" [lineKeys]="errorDetails()" />
        }
        <mat-form-field class="full">
          <mat-label>{{ 'funds.fields.code' | transloco }}</mat-label>
          <input matInput formControlName="code" autocomplete="off" class="mono" data-testid="fund-code" />
          <mat-hint>{{ 'funds.codeHint' | transloco }}</mat-hint>
          <mat-error [waFieldError]="form.controls.code" [messages]="{ pattern: 'funds.codeInvalid' }" />
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'funds.fields.name' | transloco }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" data-testid="fund-name" />
          <mat-error [waFieldError]="form.controls.name" [messages]="nameMessages" />
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'funds.fields.source' | transloco }}</mat-label>
          <mat-select formControlName="source" data-testid="fund-source">
            @for (s of sources; track s) {
              <mat-option [value]="s" [attr.data-testid]="'fund-source-option-' + s">{{
                'fundSources.' + s | transloco
              }}</mat-option>
            }
          </mat-select>
          <mat-error [waFieldError]="form.controls.source" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="fund-save">
          @if (saving()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" />
          }
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './fund-dialogs.scss',
})
export class FundDialog {
  private readonly api = inject(FundsApi);
  private readonly dialogRef = inject<MatDialogRef<FundDialog, FundView>>(MatDialogRef);
  protected readonly sources = FUND_SOURCES;
  protected readonly form = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(FUND_CODE_PATTERN)],
    }),
    name: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(MIN_NAME_LENGTH),
        Validators.maxLength(TEXT_LIMITS.fundName),
      ],
    }),
    source: new FormControl<FundSource | ''>('', { nonNullable: true, validators: Validators.required }),
  });
  protected readonly nameMessages = lengthBetween(MIN_NAME_LENGTH, TEXT_LIMITS.fundName);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const { code, name, source } = this.form.getRawValue();
    this.form.patchValue({ code: code.trim(), name: name.trim() });
    if (this.form.invalid || !source) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    try {
      this.dialogRef.close(
        await firstValueFrom(this.api.create({ code: code.trim(), name: name.trim(), source })),
      );
    } catch (error: unknown) {
      const problem = toApiProblem(error, ['code', 'name', 'source']);
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
