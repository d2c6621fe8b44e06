import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ImportSummary } from '@worker-aid/shared/domain';
import { problemMessageKey, toApiProblem } from '@worker-aid/web/core';
import { ImportsApi } from '@worker-aid/web/data-access';
import { ErrorBox } from '@worker-aid/web/ui';
import { firstValueFrom } from 'rxjs';
import { count } from './import-progress';

export interface CommitDialogData {
  summary: ImportSummary;
}

/** Asks before registering the valid rows, commits the import and closes with its new summary. */
@Component({
  selector: 'wa-commit-dialog',
  imports: [MatButtonModule, MatDialogModule, MatProgressSpinnerModule, TranslocoPipe, ErrorBox],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'imports.commitDialog.title' | transloco }}</h2>
    <mat-dialog-content data-testid="import-commit-dialog">
      @if (errorKey(); as key) {
        <wa-error-box [heading]="key | transloco" data-testid="import-commit-error" />
      }
      <p class="explain">
        {{ 'imports.commitDialog.explain' | transloco: { count: count(data.summary.valid) } }}
      </p>
      @if (skipped > 0) {
        <p class="explain">{{ 'imports.commitDialog.skipped' | transloco: { count: count(skipped) } }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button
        mat-flat-button
        type="button"
        (click)="commit()"
        [disabled]="committing()"
        data-testid="import-commit-confirm"
      >
        @if (committing()) {
          <mat-progress-spinner mode="indeterminate" diameter="18" />
        }
        {{ 'imports.commitDialog.confirm' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .explain {
      margin: 0 0 8px;
      font: var(--mat-sys-body-medium);
    }
    mat-progress-spinner {
      display: inline-block;
      margin-right: 8px;
    }
  `,
})
export class CommitDialog {
  private readonly api = inject(ImportsApi);
  private readonly dialogRef = inject<MatDialogRef<CommitDialog, ImportSummary>>(MatDialogRef);
  protected readonly data = inject<CommitDialogData>(MAT_DIALOG_DATA);
  protected readonly skipped = this.data.summary.invalid + this.data.summary.duplicates;
  protected readonly count = count;
  protected readonly committing = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected async commit(): Promise<void> {
    if (this.committing()) return;
    this.committing.set(true);
    this.errorKey.set(null);
    try {
      this.dialogRef.close(await firstValueFrom(this.api.commit(this.data.summary.id)));
    } catch (error: unknown) {
      this.errorKey.set(problemMessageKey(toApiProblem(error)));
    } finally {
      this.committing.set(false);
    }
  }
}
