import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  OBJECTION_CHANNELS,
  OBJECTION_CONTENT_MAX_LENGTH,
  type ObjectionChannel,
  type ObjectionRequest,
} from '@worker-aid/shared/domain';
import { problemMessageKey, showServerErrors, toApiProblem } from '@worker-aid/web/core';
import { ErrorBox, FieldError } from '@worker-aid/web/ui';
import { firstValueFrom, type Observable } from 'rxjs';

/** What an objection is recorded against: what the dialog says it will do. */
export type ObjectionSubject = 'case' | 'file' | 'campaignLine';

/** What the objection is about, and how its feature sends it; `R` is what the API answers. */
export interface ObjectionDialogData<R = unknown> {
  kind: ObjectionSubject;
  /** The case or file number, or the roster line's worker. */
  label: string;
  noticeEndsOn: string | null;
  send: (request: ObjectionRequest) => Observable<R>;
}

/**
 * 登记异议: what the objection says and how it came in (当面, 电话, 信函, 其他), for a case, a
 * file or a campaign's roster line in public notice. Sends it through the caller's `send`, and
 * closes with what the API answered. One dialog for all, so objections are recorded alike.
 */
@Component({
  selector: 'wa-objection-dialog',
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
    <h2 mat-dialog-title>{{ 'objection.title' | transloco }} · {{ data.label }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="objection-dialog">
      <mat-dialog-content>
        @if (errorKey(); as key) {
          <wa-error-box
            [heading]="key | transloco"
            [lineKeys]="errorDetails()"
            data-testid="objection-error"
          />
        }
        <p class="explain">{{ 'objection.explain.' + data.kind | transloco }}</p>
        <mat-form-field class="full">
          <mat-label>{{ 'objection.receivedVia' | transloco }}</mat-label>
          <mat-select formControlName="receivedVia" data-testid="objection-channel">
            @for (channel of channels; track channel) {
              <mat-option [value]="channel" [attr.data-testid]="'objection-channel-option-' + channel">{{
                'objection.channels.' + channel | transloco
              }}</mat-option>
            }
          </mat-select>
          <mat-error [waFieldError]="form.controls.receivedVia" />
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'objection.content' | transloco }}</mat-label>
          <textarea
            matInput
            formControlName="content"
            rows="4"
            [attr.maxlength]="maxLength"
            data-testid="objection-content"
          ></textarea>
          <mat-hint>{{ 'objection.contentHint' | transloco }}</mat-hint>
          <mat-error
            [waFieldError]="form.controls.content"
            [messages]="{ required: 'objection.contentRequired' }"
          />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="objection-cancel">
          {{ 'common.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="objection-save">
          @if (saving()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" />
          }
          {{ 'objection.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .explain {
      margin: 0 0 16px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .full {
      width: 100%;
    }
    mat-progress-spinner {
      display: inline-block;
      margin-right: 8px;
    }
  `,
})
export class ObjectionDialog {
  private readonly dialogRef = inject<MatDialogRef<ObjectionDialog, unknown>>(MatDialogRef);
  protected readonly data = inject<ObjectionDialogData>(MAT_DIALOG_DATA);
  protected readonly channels = OBJECTION_CHANNELS;
  protected readonly maxLength = OBJECTION_CONTENT_MAX_LENGTH;

  protected readonly form = new FormGroup({
    receivedVia: new FormControl<ObjectionChannel | ''>('', {
      nonNullable: true,
      validators: Validators.required,
    }),
    content: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(OBJECTION_CONTENT_MAX_LENGTH)],
    }),
  });
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const { content } = this.form.controls;
    content.setValue(content.value.trim());
    const { receivedVia } = this.form.getRawValue();
    if (this.form.invalid || receivedVia === '') {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    try {
      this.dialogRef.close(await firstValueFrom(this.data.send({ content: content.value, receivedVia })));
    } catch (error: unknown) {
      const problem = toApiProblem(error, ['content', 'receivedVia']);
      this.errorDetails.set(showServerErrors(this.form, problem));
      this.errorKey.set(problemMessageKey(problem));
    } finally {
      this.saving.set(false);
    }
  }
}
