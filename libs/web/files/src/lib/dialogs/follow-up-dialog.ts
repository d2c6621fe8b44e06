import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  FILE_NOTE_MAX_LENGTH,
  todayInCenter,
  type FollowUpRequest,
  type FollowUpResult,
} from '@worker-aid/shared/domain';
import { LanguageService, problemMessageKey, showServerErrors, toApiProblem } from '@worker-aid/web/core';
import { DATE_INPUT_HINTS, fromIsoDate, provideDates, toIsoDate } from '@worker-aid/web/core/dates';
import { FilesApi } from '@worker-aid/web/data-access';
import { ErrorBox, FieldError } from '@worker-aid/web/ui';
import { firstValueFrom } from 'rxjs';

export interface FollowUpDialogData {
  fileId: string;
  fileNo: string;
  workerName: string;
  /** The day the visit was due, when known. */
  dueOn: string | null;
}

/**
 * 记录回访: the day of the visit (never after today), whether the household is in hardship
 * again (返困), a note. Records it and closes with the answer — with `reopenedFileId` after a relapse.
 */
@Component({
  selector: 'wa-follow-up-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatRadioModule,
    TranslocoPipe,
    ErrorBox,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideDates()],
  templateUrl: './follow-up-dialog.html',
  styleUrl: './dialogs.scss',
})
export class FollowUpDialog {
  private readonly api = inject(FilesApi);
  private readonly dialogRef = inject<MatDialogRef<FollowUpDialog, FollowUpResult>>(MatDialogRef);
  private readonly language = inject(LanguageService);
  protected readonly data = inject<FollowUpDialogData>(MAT_DIALOG_DATA);
  protected readonly today = todayInCenter();
  protected readonly maxDate = fromIsoDate(this.today);
  protected readonly dateHint = computed(() => DATE_INPUT_HINTS[this.language.active()]);

  protected readonly form = new FormGroup({
    visitedOn: new FormControl<Date | null>(fromIsoDate(this.today), { validators: Validators.required }),
    relapsed: new FormControl<boolean | null>(null, { validators: Validators.required }),
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(FILE_NOTE_MAX_LENGTH) }),
  });
  protected readonly relapsed = toSignal(this.form.controls.relapsed.valueChanges, { initialValue: null });
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  protected async confirm(): Promise<void> {
    if (this.saving()) return;
    const { visitedOn, relapsed, note } = this.form.getRawValue();
    const day = toIsoDate(visitedOn);
    if (this.form.invalid || relapsed === null || day === '' || day > this.today) {
      this.form.markAllAsTouched();
      return;
    }
    const body: FollowUpRequest = { visitedOn: day, relapsed, ...(note.trim() ? { note: note.trim() } : {}) };
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    try {
      this.dialogRef.close(await firstValueFrom(this.api.followUp(this.data.fileId, body)));
    } catch (error: unknown) {
      const problem = toApiProblem(error, ['visitedOn', 'relapsed', 'note']);
      this.errorDetails.set(showServerErrors(this.form, problem));
      this.errorKey.set(problemMessageKey(problem));
    } finally {
      this.saving.set(false);
    }
  }
}
