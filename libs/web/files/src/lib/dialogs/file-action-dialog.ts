import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { TEXT_LIMITS, type FileAction, type FileView } from '@worker-aid/shared/domain';
import { problemMessageKey, toApiProblem } from '@worker-aid/web/core';
import { FilesApi } from '@worker-aid/web/data-access';
import { ErrorBox, FieldError } from '@worker-aid/web/ui';
import { firstValueFrom, type Observable } from 'rxjs';

export interface FileActionDialogData {
  action: FileAction;
  file: Pick<FileView, 'id' | 'fileNo'>;
}

/** Actions that say why (the caseworker must learn it). */
const ASKS_COMMENT: readonly FileAction[] = ['return', 'reject'];

/** Confirms a transition of a file (with the reason for return and reject), performs it, closes with the file. */
@Component({
  selector: 'wa-file-action-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    TranslocoPipe,
    ErrorBox,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'files.actions.' + action | transloco }} · {{ data.file.fileNo }}</h2>
    <form
      [formGroup]="form"
      (ngSubmit)="confirm()"
      novalidate
      [attr.data-testid]="'file-action-dialog-' + action"
    >
      <mat-dialog-content>
        @if (errorKey(); as key) {
          <wa-error-box [heading]="key | transloco" data-testid="file-action-error" />
        }
        <p class="explain">{{ 'files.actions.explain.' + action | transloco }}</p>
        @if (asksComment) {
          <mat-form-field class="full">
            <mat-label>{{ 'files.actions.comment' | transloco }}</mat-label>
            <textarea
              matInput
              formControlName="comment"
              rows="3"
              data-testid="file-action-comment"
            ></textarea>
            <mat-error [waFieldError]="comment" [messages]="{ required: 'files.actions.commentRequired' }" />
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button
          mat-flat-button
          type="submit"
          [class.danger]="action === 'reject' || action === 'withdraw'"
          [disabled]="saving()"
          data-testid="file-action-confirm"
        >
          @if (saving()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" />
          }
          {{ 'files.actions.' + action | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './dialogs.scss',
})
export class FileActionDialog {
  private readonly api = inject(FilesApi);
  private readonly dialogRef = inject<MatDialogRef<FileActionDialog, FileView>>(MatDialogRef);
  protected readonly data = inject<FileActionDialogData>(MAT_DIALOG_DATA);
  protected readonly action = this.data.action;
  protected readonly asksComment = ASKS_COMMENT.includes(this.action);
  protected readonly form = new FormGroup({
    comment: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(TEXT_LIMITS.decisionComment)],
    }),
  });
  protected readonly comment = this.form.controls.comment;
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected async confirm(): Promise<void> {
    if (this.saving()) return;
    this.comment.setValue(this.comment.value.trim());
    if (this.asksComment && this.comment.invalid) {
      this.comment.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    try {
      this.dialogRef.close(await firstValueFrom(this.perform()));
    } catch (error: unknown) {
      this.errorKey.set(problemMessageKey(toApiProblem(error)));
    } finally {
      this.saving.set(false);
    }
  }

  private perform(): Observable<FileView> {
    const id = this.data.file.id;
    switch (this.action) {
      case 'return':
      case 'reject':
        return this.api.transition(id, this.action, { comment: this.comment.value });
      case 'submit':
      case 'approve':
      case 'withdraw':
        return this.api.transition(id, this.action, {});
    }
  }
}
