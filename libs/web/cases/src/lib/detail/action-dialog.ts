import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  formatFen,
  LEGAL_OUTCOMES,
  parseYuan,
  type ApprovalPolicy,
  type CaseAction,
  type CaseView,
  type LegalOutcome,
  TEXT_LIMITS,
  type UnitLevel,
} from '@worker-aid/shared/domain';
import { problemMessageKey, showServerErrors, toApiProblem } from '@worker-aid/web/core';
import { CasesApi } from '@worker-aid/web/data-access';
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
import { stepCeiling, stepOutlook, type StepOutlook } from '../approval-outlook';

export interface ActionDialogData {
  action: CaseAction;
  case: CaseView;
  /** For approve: the policy in force (`null`: none, every step final) — left out while unknown. */
  policy?: ApprovalPolicy | null;
  /** For approve: the level of the reviewer's unit, when known. */
  level?: UnitLevel | null;
}

/** Actions whose comment is required (the caseworker must learn why). */
const COMMENT_REQUIRED: readonly CaseAction[] = ['reject', 'return'];

/**
 * Confirms a transition and asks what it needs: the approved amount for approve (prefilled
 * with the last step's amount, or the requested one, and never above it) and what the step
 * will do — final with its notice, or on to the level above — a comment for reject and return, outcome and amount recovered
 * when a legal-aid case closes. Performs it, and closes with the updated case.
 */
@Component({
  selector: 'wa-action-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorBox,
    FenPipe,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-dialog.html',
  styleUrl: './action-dialog.scss',
})
export class ActionDialog {
  private readonly api = inject(CasesApi);
  private readonly dialogRef = inject<MatDialogRef<ActionDialog, CaseView>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly data = inject<ActionDialogData>(MAT_DIALOG_DATA);
  protected readonly action = this.data.action;
  protected readonly outcomes = LEGAL_OUTCOMES;
  protected readonly asksComment = ['approve', 'reject', 'return'].includes(this.action);
  protected readonly asksOutcome = this.action === 'close' && this.data.case.type === 'legal';
  protected readonly testPrefix = this.action === 'approve' ? 'approve' : 'action';

  /** The most this step may approve: the last step's amount, or the requested one (`case.amount_raised`). */
  private readonly ceiling = stepCeiling(this.data.case);
  private readonly lastStep = this.data.case.approvals.at(-1) ?? null;
  protected readonly lastStepAmount = this.lastStep?.amount ?? null;

  protected readonly form = new FormGroup({
    approvedAmount: this.fb.control(fenToYuanText(this.ceiling), [
      Validators.required,
      yuanValidator(() => this.ceiling),
    ]),
    comment: this.fb.control('', [
      ...(COMMENT_REQUIRED.includes(this.action) ? [Validators.required] : []),
      Validators.maxLength(TEXT_LIMITS.decisionComment),
    ]),
    outcome: new FormControl<LegalOutcome | ''>('', {
      nonNullable: true,
      validators: this.asksOutcome ? Validators.required : null,
    }),
    recoveredAmount: this.fb.control('', this.asksOutcome ? [Validators.required, yuanValidator()] : []),
  });
  protected readonly approvedAmountMessages: Record<string, FieldErrorMessage> = {
    yuan: 'money.invalid',
    yuanMax: {
      key: this.lastStep ? 'approval.dialog.overLastStep' : 'cases.actions.overRequested',
      params: { max: formatFen(this.ceiling) },
    },
  };
  private readonly amountText = toSignal(this.form.controls.approvedAmount.valueChanges, {
    initialValue: this.form.controls.approvedAmount.value,
  });
  /** Whether approving this amount is final (and the notice then) or goes on; null while unknown. */
  protected readonly outlook = computed<StepOutlook | null>(() => {
    const { policy, level } = this.data;
    const amount = parseYuan(this.amountText());
    if (this.action !== 'approve' || policy === undefined || !level || amount === null) return null;
    if (amount > this.ceiling) return null;
    return stepOutlook(policy, this.data.case.type, level, amount);
  });
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  constructor() {
    if (this.action !== 'approve') this.form.controls.approvedAmount.disable();
    if (!this.asksComment) this.form.controls.comment.disable();
    if (!this.asksOutcome) {
      this.form.controls.outcome.disable();
      this.form.controls.recoveredAmount.disable();
    }
  }

  protected money(text: string): number | null {
    return parseYuan(text);
  }

  protected async confirm(): Promise<void> {
    if (this.saving()) return;
    this.form.controls.comment.setValue(this.form.controls.comment.value.trim());
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    try {
      this.dialogRef.close(await firstValueFrom(this.perform()));
    } catch (error: unknown) {
      const problem = toApiProblem(error, ['approvedAmount', 'comment', 'outcome', 'recoveredAmount']);
      const general = showServerErrors(this.form, problem);
      if (general.length > 0 || Object.keys(problem.fieldErrors).length === 0) {
        this.errorKey.set(problemMessageKey(problem));
        this.errorDetails.set(general);
      }
    } finally {
      this.saving.set(false);
    }
  }

  private perform(): Observable<CaseView> {
    const id = this.data.case.id;
    const { approvedAmount, comment, outcome, recoveredAmount } = this.form.getRawValue();
    switch (this.action) {
      case 'approve': {
        const amount = yuanToFen(approvedAmount);
        if (amount === null) throw new RangeError('approved amount');
        return this.api.transition(id, 'approve', {
          approvedAmount: amount,
          ...(comment ? { comment } : {}),
        });
      }
      case 'reject':
      case 'return':
        return this.api.transition(id, this.action, { comment });
      case 'close': {
        if (!this.asksOutcome || !outcome) return this.api.transition(id, 'close', {});
        const recovered = yuanToFen(recoveredAmount);
        if (recovered === null) throw new RangeError('recovered amount');
        return this.api.transition(id, 'close', { outcome, recoveredAmount: recovered });
      }
      case 'submit':
      case 'withdraw':
        return this.api.transition(id, this.action, {});
    }
  }
}
