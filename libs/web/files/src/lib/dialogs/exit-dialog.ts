import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  FILE_EXIT_REASONS,
  FILE_NOTE_MAX_LENGTH,
  type FileExitReason,
  type FileView,
} from '@worker-aid/shared/domain';
import { problemMessageKey, showServerErrors, toApiProblem } from '@worker-aid/web/core';
import { FilesApi } from '@worker-aid/web/data-access';
import { ErrorBox, FieldError } from '@worker-aid/web/ui';
import { firstValueFrom } from 'rxjs';

export interface ExitDialogData {
  file: Pick<FileView, 'id' | 'fileNo'>;
}

/** 解困脱困: closes an active file with a reason and a note; follow-up visits fall due after it. */
@Component({
  selector: 'wa-exit-dialog',
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
    <h2 mat-dialog-title>{{ 'files.actions.exit' | transloco }} · {{ data.file.fileNo }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate data-testid="exit-dialog">
      <mat-dialog-content>
        @if (errorKey(); as key) {
          <wa-error-box [heading]="key | transloco" [lineKeys]="errorDetails()" data-testid="exit-error" />
        }
        <p class="explain">{{ 'files.actions.explain.exit' | transloco }}</p>
        <mat-form-field class="full">
          <mat-label>{{ 'files.fields.exitReason' | transloco }}</mat-label>
          <mat-select formControlName="reason" data-testid="exit-reason">
            @for (r of reasons; track r) {
              <mat-option [value]="r" [attr.data-testid]="'exit-reason-option-' + r">{{
                'files.exitReasons.' + r | transloco
              }}</mat-option>
            }
          </mat-select>
          @if (reason() === 'deceased') {
            <mat-hint>{{ 'files.exit.noFollowUps' | transloco }}</mat-hint>
          } @else if (reason()) {
            <mat-hint>{{ 'files.exit.followUps' | transloco }}</mat-hint>
          }
          <mat-error [waFieldError]="form.controls.reason" />
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'files.fields.exitNote' | transloco }}</mat-label>
          <textarea matInput formControlName="note" rows="3" data-testid="exit-note"></textarea>
          <mat-error [waFieldError]="form.controls.note" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="exit-confirm">
          @if (saving()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" />
          }
          {{ 'files.actions.exit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './dialogs.scss',
})
export class ExitDialog {
  private readonly api = inject(FilesApi);
  private readonly dialogRef = inject<MatDialogRef<ExitDialog, FileView>>(MatDialogRef);
  protected readonly data = inject<ExitDialogData>(MAT_DIALOG_DATA);
  protected readonly reasons = FILE_EXIT_REASONS;
  protected readonly form = new FormGroup({
    reason: new FormControl<FileExitReason | ''>('', { nonNullable: true, validators: Validators.required }),
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(FILE_NOTE_MAX_LENGTH) }),
  });
  protected readonly reason = toSignal(this.form.controls.reason.valueChanges, { initialValue: '' });
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  protected async confirm(): Promise<void> {
    if (this.saving()) return;
    const { reason, note } = this.form.getRawValue();
    if (this.form.invalid || !reason) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    try {
      const body = { reason, ...(note.trim() ? { note: note.trim() } : {}) };
      this.dialogRef.close(await firstValueFrom(this.api.exit(this.data.file.id, body)));
    } catch (error: unknown) {
      const problem = toApiProblem(error, ['reason', 'note']);
      this.errorDetails.set(showServerErrors(this.form, problem));
      this.errorKey.set(problemMessageKey(problem));
    } finally {
      this.saving.set(false);
    }
  }
}
