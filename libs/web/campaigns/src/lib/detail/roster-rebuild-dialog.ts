import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RosterBuilt } from '@worker-aid/shared/domain';
import { ErrorBox } from '@worker-aid/web/ui';
import { firstValueFrom } from 'rxjs';
import { CampaignsApi } from '../data-access/campaigns-api';
import { formProblem, type ShownProblem } from '../ui/problem';

export interface RosterRebuildDialogData {
  campaignId: string;
}

/** Asks before a draft's roster is built again from the files as they are now, then builds it. */
@Component({
  selector: 'wa-roster-rebuild-dialog',
  imports: [MatButtonModule, MatDialogModule, MatProgressSpinnerModule, TranslocoPipe, ErrorBox],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'campaigns.detail.rebuild' | transloco }}</h2>
    <mat-dialog-content>
      @if (problem(); as p) {
        <wa-error-box
          [heading]="p.key | transloco"
          [lineKeys]="p.details"
          data-testid="roster-rebuild-error"
        />
      }
      <p>{{ 'campaigns.detail.rebuildExplain' | transloco }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="roster-rebuild-cancel">
        {{ 'common.cancel' | transloco }}
      </button>
      <button
        mat-flat-button
        type="button"
        (click)="confirm()"
        [disabled]="saving()"
        data-testid="roster-rebuild-confirm"
      >
        @if (saving()) {
          <mat-progress-spinner mode="indeterminate" diameter="18" />
        }
        {{ 'campaigns.detail.rebuild' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    mat-progress-spinner {
      display: inline-block;
      margin-right: 8px;
      vertical-align: middle;
    }
  `,
})
export class RosterRebuildDialog {
  private readonly api = inject(CampaignsApi);
  private readonly dialogRef = inject<MatDialogRef<RosterRebuildDialog, RosterBuilt>>(MatDialogRef);
  private readonly data = inject<RosterRebuildDialogData>(MAT_DIALOG_DATA);
  protected readonly saving = signal(false);
  protected readonly problem = signal<ShownProblem | null>(null);

  protected async confirm(): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.problem.set(null);
    try {
      this.dialogRef.close(await firstValueFrom(this.api.buildRoster(this.data.campaignId)));
    } catch (error: unknown) {
      this.problem.set(formProblem(error));
    } finally {
      this.saving.set(false);
    }
  }
}
