import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { TEXT_LIMITS, type CampaignAction, type CampaignView } from '@worker-aid/shared/domain';
import { ErrorBox, FenPipe, FieldError } from '@worker-aid/web/ui';
import { firstValueFrom } from 'rxjs';
import { CampaignsApi } from '../data-access/campaigns-api';
import { formProblem, type ShownProblem } from '../ui/problem';

export interface CampaignActionDialogData {
  campaign: CampaignView;
  action: CampaignAction;
}

/** Confirms submit, approve, return (a comment required: the creator must learn why) or close. */
@Component({
  selector: 'wa-campaign-action-dialog',
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
    <h2 mat-dialog-title>{{ 'campaigns.actions.' + data.action | transloco }}</h2>
    <mat-dialog-content>
      @if (problem(); as p) {
        <wa-error-box
          [heading]="p.key | transloco"
          [lineKeys]="p.details"
          data-testid="campaign-action-error"
        />
      }
      <p>
        {{
          'campaigns.actions.explain.' + data.action
            | transloco
              : {
                  name: data.campaign.name,
                  lines: data.campaign.totals.lines - data.campaign.totals.excluded,
                  amount: (data.campaign.totals.amount | fen),
                }
        }}
      </p>
      <mat-form-field class="wide">
        <mat-label>{{ 'campaigns.fields.comment' | transloco }}</mat-label>
        <textarea matInput rows="3" [formControl]="comment" data-testid="campaign-action-comment"></textarea>
        <mat-error [waFieldError]="comment" />
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button
        mat-flat-button
        type="button"
        (click)="confirm()"
        [disabled]="saving()"
        data-testid="campaign-action-confirm"
      >
        @if (saving()) {
          <mat-progress-spinner mode="indeterminate" diameter="18" />
        }
        {{ 'campaigns.actions.' + data.action | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    mat-progress-spinner {
      display: inline-block;
      margin-right: 8px;
      vertical-align: middle;
    }
  `,
})
export class CampaignActionDialog {
  private readonly api = inject(CampaignsApi);
  private readonly dialogRef = inject<MatDialogRef<CampaignActionDialog, CampaignView>>(MatDialogRef);
  protected readonly data = inject<CampaignActionDialogData>(MAT_DIALOG_DATA);
  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: [
      ...(this.data.action === 'return' ? [Validators.required] : []),
      Validators.maxLength(TEXT_LIMITS.decisionComment),
    ],
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<ShownProblem | null>(null);

  protected async confirm(): Promise<void> {
    if (this.saving()) return;
    this.comment.setValue(this.comment.value.trim());
    if (this.comment.invalid) {
      this.comment.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      const { campaign, action } = this.data;
      this.dialogRef.close(
        await firstValueFrom(this.api.transition(campaign.id, action, this.comment.value)),
      );
    } catch (error: unknown) {
      this.problem.set(formProblem(error));
    } finally {
      this.saving.set(false);
    }
  }
}
