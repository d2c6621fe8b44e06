import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { TEXT_LIMITS, type DisbursementView } from '@worker-aid/shared/domain';
import { ErrorBox, FenPipe, FieldError } from '@worker-aid/web/ui';
import { problemMessageKey, toApiProblem } from '@worker-aid/web/core';
import { PaymentsApi } from '@worker-aid/web/data-access';
import { firstValueFrom } from 'rxjs';

export interface ReversalDialogData {
  payment: DisbursementView;
}

/** 冲正: asks why, books the compensating entry and closes with it. */
@Component({
  selector: 'wa-reversal-dialog',
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
    <h2 mat-dialog-title>
      {{ 'payments.reversal.title' | transloco }} · {{ data.payment.caseNo ?? data.payment.campaignName }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="reversal-dialog">
      <mat-dialog-content>
        @if (errorKey(); as key) {
          <wa-error-box
            [heading]="key | transloco"
            [lineKeys]="errorDetails()"
            data-testid="reversal-error"
          />
        }
        <p class="explain">
          {{
            'payments.reversal.explain'
              | transloco
                : {
                    amount: (data.payment.amount | fen),
                    paidOn: data.payment.paidOn,
                    fund: data.payment.fundName,
                  }
          }}
        </p>
        <mat-form-field class="full">
          <mat-label>{{ 'payments.reversal.reason' | transloco }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" data-testid="reversal-reason"></textarea>
          <mat-error [waFieldError]="reason" [messages]="{ required: 'payments.reversal.reasonRequired' }" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button
          mat-flat-button
          type="submit"
          class="danger"
          [disabled]="saving()"
          data-testid="reversal-save"
        >
          @if (saving()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" />
          }
          {{ 'payments.reversal.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './payment-dialogs.scss',
})
export class ReversalDialog {
  private readonly api = inject(PaymentsApi);
  private readonly dialogRef = inject<MatDialogRef<ReversalDialog, DisbursementView>>(MatDialogRef);
  protected readonly data = inject<ReversalDialogData>(MAT_DIALOG_DATA);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(TEXT_LIMITS.reversalReason)],
  });
  protected readonly form = new FormGroup({ reason: this.reason });
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.reason.setValue(this.reason.value.trim());
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    try {
      this.dialogRef.close(await firstValueFrom(this.api.reverse(this.data.payment.id, this.reason.value)));
    } catch (error: unknown) {
      const problem = toApiProblem(error, []);
      this.errorKey.set(problemMessageKey(problem));
      this.errorDetails.set(problem.messages);
    } finally {
      this.saving.set(false);
    }
  }
}
