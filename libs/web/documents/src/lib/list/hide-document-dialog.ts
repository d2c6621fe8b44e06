import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DocumentView } from '@worker-aid/shared/domain';
import { problemMessageKey, toApiProblem } from '@worker-aid/web/core';
import { DocumentsApi } from '@worker-aid/web/data-access';
import { ErrorBox } from '@worker-aid/web/ui';
import { firstValueFrom } from 'rxjs';

export interface HideDocumentDialogData {
  document: DocumentView;
}

/** Asks before hiding a document (kept, never erased), hides it and closes with `true`. */
@Component({
  selector: 'wa-hide-document-dialog',
  imports: [MatButtonModule, MatDialogModule, MatProgressSpinnerModule, TranslocoPipe, ErrorBox],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'documents.hideDialog.title' | transloco }}</h2>
    <mat-dialog-content data-testid="document-hide-dialog">
      @if (errorKey(); as key) {
        <wa-error-box [heading]="key | transloco" data-testid="document-hide-error" />
      }
      <p class="explain">
        {{ 'documents.hideDialog.explain' | transloco: { name: data.document.fileName } }}
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button
        mat-flat-button
        type="button"
        class="danger"
        (click)="hide()"
        [disabled]="hiding()"
        data-testid="document-hide-confirm"
      >
        @if (hiding()) {
          <mat-progress-spinner mode="indeterminate" diameter="18" />
        }
        {{ 'documents.hide' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .explain {
      margin: 0;
      font: var(--mat-sys-body-medium);
      word-break: break-word;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
    mat-progress-spinner {
      display: inline-block;
      margin-right: 8px;
    }
  `,
})
export class HideDocumentDialog {
  private readonly api = inject(DocumentsApi);
  private readonly dialogRef = inject<MatDialogRef<HideDocumentDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<HideDocumentDialogData>(MAT_DIALOG_DATA);
  protected readonly hiding = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected async hide(): Promise<void> {
    if (this.hiding()) return;
    this.hiding.set(true);
    this.errorKey.set(null);
    try {
      await firstValueFrom(this.api.hide(this.data.document.id), { defaultValue: undefined });
      this.dialogRef.close(true);
    } catch (error: unknown) {
      this.errorKey.set(problemMessageKey(toApiProblem(error)));
    } finally {
      this.hiding.set(false);
    }
  }
}
