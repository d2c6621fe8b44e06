import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { TEXT_LIMITS, type AllocationView, type FundView } from '@worker-aid/shared/domain';
import { problemMessageKey, showServerErrors, toApiProblem } from '@worker-aid/web/core';
import { FundsApi } from '@worker-aid/web/data-access';
import { firstValueFrom } from 'rxjs';
import { ErrorBox, FenPipe, FieldError, yuanToFen, yuanValidator } from '@worker-aid/web/ui';

export interface AllocationDialogData {
  fund: FundView;
}

/** 资金下拨: an amount in yuan and a note, added to the fund; closes with the allocation. */
@Component({
  selector: 'wa-allocation-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    TranslocoPipe,
    ErrorBox,
    FenPipe,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'funds.allocate' | transloco }} · {{ data.fund.code }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="allocation-dialog">
      <mat-dialog-content>
        @if (errorKey(); as key) {
          <wa-error-box [heading]="key | transloco" [lineKeys]="errorDetails()" />
        }
        <p class="explain">
          {{
            'funds.allocateExplain' | transloco: { name: data.fund.name, balance: (data.fund.balance | fen) }
          }}
        </p>
        <mat-form-field class="full">
          <mat-label>{{ 'funds.fields.amount' | transloco }}</mat-label>
          <span matTextPrefix>¥&nbsp;</span>
          <input
            matInput
            formControlName="amount"
            inputmode="decimal"
            autocomplete="off"
            class="amount"
            data-testid="allocation-amount"
          />
          <span matTextSuffix class="unit-suffix">{{ 'money.yuan' | transloco }}</span>
          @if (amount(); as value) {
            <mat-hint>{{ value | fen }}</mat-hint>
          } @else {
            <mat-hint>{{ 'money.hint' | transloco }}</mat-hint>
          }
          <mat-error
            [waFieldError]="form.controls.amount"
            [messages]="{ yuan: 'money.invalid', positive: 'funds.amountPositive' }"
          />
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'funds.fields.note' | transloco }}</mat-label>
          <textarea matInput formControlName="note" rows="2" data-testid="allocation-note"></textarea>
          <mat-error [waFieldError]="form.controls.note" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="allocation-save">
          @if (saving()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" />
          }
          {{ 'funds.allocate' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './fund-dialogs.scss',
})
export class AllocationDialog {
  private readonly api = inject(FundsApi);
  private readonly dialogRef = inject<MatDialogRef<AllocationDialog, AllocationView>>(MatDialogRef);
  protected readonly data = inject<AllocationDialogData>(MAT_DIALOG_DATA);
  protected readonly form = new FormGroup({
    amount: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        yuanValidator(),
        (control) => (yuanToFen(control.value as string) === 0 ? { positive: true } : null),
      ],
    }),
    note: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(TEXT_LIMITS.allocationNote),
    }),
  });
  private readonly amountText = toSignal(this.form.controls.amount.valueChanges, { initialValue: '' });
  protected readonly amount = computed(() => yuanToFen(this.amountText()));
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const amount = yuanToFen(this.form.controls.amount.value);
    if (this.form.invalid || amount === null) {
      this.form.markAllAsTouched();
      return;
    }
    const note = this.form.controls.note.value.trim();
    this.saving.set(true);
    this.errorKey.set(null);
    try {
      this.dialogRef.close(
        await firstValueFrom(this.api.allocate(this.data.fund.id, { amount, ...(note ? { note } : {}) })),
      );
    } catch (error: unknown) {
      const problem = toApiProblem(error, ['amount', 'note']);
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
