import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CAMPAIGN_REASON_MAX_LENGTH,
  type CampaignLinePatch,
  type CampaignLineView,
} from '@worker-aid/shared/domain';
import {
  ErrorBox,
  FenPipe,
  fenToYuanText,
  FieldError,
  type FieldErrorMessage,
  yuanToFen,
  yuanValidator,
} from '@worker-aid/web/ui';
import { firstValueFrom, type Observable } from 'rxjs';
import { CampaignsApi } from '../data-access/campaigns-api';
import { formProblem, type ShownProblem } from '../ui/problem';
import { positiveYuan } from '../wizard/campaign-rules';

/** What the dialog changes: a draft's line, or a line an objection held (reinstate). */
export type LineChange = 'exclude' | 'include' | 'amount' | 'reinstate';

export interface LineDialogData {
  campaignId: string;
  line: CampaignLineView;
  change: LineChange;
}

/**
 * Excludes a line from a draft's roster, puts it back, or changes its amount; or puts back to be
 * paid a line an objection held. Always with a reason (it is shown on the roster and kept in the
 * audit trail). Closes with the updated line.
 */
@Component({
  selector: 'wa-line-dialog',
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
    <h2 mat-dialog-title>{{ 'campaigns.lineDialog.' + data.change + 'Title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate data-testid="line-dialog">
      <mat-dialog-content>
        @if (problem(); as p) {
          <wa-error-box
            [heading]="p.key | transloco"
            [lineKeys]="p.details"
            data-testid="line-dialog-error"
          />
        }
        @if (data.line.objection; as objection) {
          <p class="objection" data-testid="line-dialog-objection">
            {{
              'campaigns.objection.line'
                | transloco
                  : {
                      via: 'objection.channels.' + objection.receivedVia | transloco,
                      content: objection.content,
                    }
            }}
          </p>
        }
        <p class="who">
          <strong>{{ data.line.lineNo }}. {{ data.line.workerName }}</strong>
          <span
            >{{ 'campaigns.fields.standardAmount' | transloco }} {{ data.line.standardAmount | fen }}</span
          >
        </p>
        @if (data.change === 'amount') {
          <mat-form-field class="wide">
            <mat-label>{{ 'campaigns.fields.amount' | transloco }}</mat-label>
            <input matInput inputmode="decimal" formControlName="amount" data-testid="line-dialog-amount" />
            <span matTextSuffix>{{ 'money.yuan' | transloco }}</span>
            <mat-error [waFieldError]="form.controls.amount" [messages]="amountMessages" />
          </mat-form-field>
        }
        <mat-form-field class="wide">
          <mat-label>{{ 'campaigns.fields.reason' | transloco }}</mat-label>
          <textarea
            matInput
            rows="3"
            formControlName="reason"
            [placeholder]="
              (data.change === 'reinstate'
                ? 'campaigns.lineDialog.reinstateHint'
                : 'campaigns.lineDialog.reasonHint'
              ) | transloco
            "
            data-testid="line-dialog-reason"
          ></textarea>
          <mat-error [waFieldError]="form.controls.reason" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="line-dialog-confirm">
          @if (saving()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" />
          }
          {{ 'campaigns.lineDialog.' + data.change | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    .objection {
      margin: 0 0 12px;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
      font: var(--mat-sys-body-medium);
    }
    .who {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 8px;
      margin: 0 0 12px;
    }
    mat-progress-spinner {
      display: inline-block;
      margin-right: 8px;
      vertical-align: middle;
    }
  `,
})
export class LineDialog {
  private readonly api = inject(CampaignsApi);
  private readonly dialogRef = inject<MatDialogRef<LineDialog, CampaignLineView>>(MatDialogRef);
  protected readonly data = inject<LineDialogData>(MAT_DIALOG_DATA);
  protected readonly amountMessages: Record<string, FieldErrorMessage> = {
    yuan: 'money.invalid',
    positive: 'campaigns.wizard.amountPositive',
  };
  protected readonly form = new FormGroup({
    amount: new FormControl(fenToYuanText(this.data.line.amount), {
      nonNullable: true,
      validators: [Validators.required, yuanValidator(), positiveYuan],
    }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(CAMPAIGN_REASON_MAX_LENGTH)],
    }),
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<ShownProblem | null>(null);

  constructor() {
    if (this.data.change !== 'amount') this.form.controls.amount.disable();
  }

  protected async confirm(): Promise<void> {
    if (this.saving()) return;
    const reason = this.form.controls.reason;
    reason.setValue(reason.value.trim());
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      this.dialogRef.close(await firstValueFrom(this.send()));
    } catch (error: unknown) {
      this.problem.set(formProblem(error, this.form, ['amount', 'reason']));
    } finally {
      this.saving.set(false);
    }
  }

  private send(): Observable<CampaignLineView> {
    const { line, campaignId, change } = this.data;
    const reason = this.form.controls.reason.value;
    return change === 'reinstate'
      ? this.api.reinstate(campaignId, line.id, { reason })
      : this.api.patchLine(campaignId, line.id, this.patch(change, reason));
  }

  private patch(change: Exclude<LineChange, 'reinstate'>, reason: string): CampaignLinePatch {
    switch (change) {
      case 'exclude':
        return { excluded: true, reason };
      case 'include':
        return { excluded: false, reason };
      case 'amount': {
        const amount = yuanToFen(this.form.controls.amount.value);
        if (amount === null) throw new RangeError('amount');
        return { amount, reason };
      }
    }
  }
}
