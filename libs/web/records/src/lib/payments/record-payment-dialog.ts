import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  fundMayPayCase,
  paymentRefusal,
  remainingToPay,
  PAYMENT_METHODS,
  todayInCenter,
  type CaseView,
  type DisbursementRequest,
  type DisbursementView,
  type FundView,
  type PaymentMethod,
  TEXT_LIMITS,
} from '@worker-aid/shared/domain';
import { ErrorBox, FenPipe, fenToYuanText, FieldError, yuanToFen, yuanValidator } from '@worker-aid/web/ui';
import {
  LanguageService,
  loadLatest,
  problemMessageKey,
  showServerErrors,
  toApiProblem,
  UnitDirectory,
} from '@worker-aid/web/core';
import { DATE_INPUT_HINTS, fromIsoDate, provideDates, toIsoDate } from '@worker-aid/web/core/dates';
import { FundsApi, PaymentsApi } from '@worker-aid/web/data-access';
import { firstValueFrom, forkJoin, from, map, of } from 'rxjs';
import { IdempotencyKeys } from './payment-rules';

export interface RecordPaymentDialogData {
  case: CaseView;
}

const FORM_FIELDS = ['fundId', 'amount', 'method', 'paidOn', 'reference'];

/**
 * 资金发放 for an approved case: fund (with its balance), amount in yuan (prefilled with what is
 * still to pay), method, the day it was paid and a reference. One `Idempotency-Key` per opening,
 * reused by retries. Closes with the payment.
 */
@Component({
  selector: 'wa-record-payment-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorBox,
    FenPipe,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './record-payment-dialog.html',
  styleUrl: './payment-dialogs.scss',
  providers: [provideDates()],
})
export class RecordPaymentDialog {
  private readonly funds = inject(FundsApi);
  private readonly units = inject(UnitDirectory);
  private readonly payments = inject(PaymentsApi);
  private readonly dialogRef = inject<MatDialogRef<RecordPaymentDialog, DisbursementView>>(MatDialogRef);
  private readonly language = inject(LanguageService);
  protected readonly data = inject<RecordPaymentDialogData>(MAT_DIALOG_DATA);
  protected readonly methods = PAYMENT_METHODS;
  protected readonly today = todayInCenter();
  /** The latest day a payment may carry (the center's today), for the datepicker. */
  protected readonly maxDate = fromIsoDate(this.today);
  protected readonly dateHint = computed(() => DATE_INPUT_HINTS[this.language.active()]);
  protected readonly remaining = remainingToPay(this.data.case);
  private readonly keys = new IdempotencyKeys();

  protected readonly fundList = signal<FundView[]>([]);
  protected readonly fundsLoading = signal(true);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  protected readonly form = new FormGroup({
    fundId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    amount: new FormControl(fenToYuanText(this.remaining), {
      nonNullable: true,
      validators: [Validators.required, yuanValidator()],
    }),
    method: new FormControl<PaymentMethod>('bank', { nonNullable: true, validators: Validators.required }),
    /** The day as the user picked or typed it; sent as `YYYY-MM-DD`. */
    paidOn: new FormControl<Date | null>(fromIsoDate(this.today), { validators: Validators.required }),
    reference: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(TEXT_LIMITS.paymentReference),
    }),
  });

  private readonly fundId = toSignal(this.form.controls.fundId.valueChanges, { initialValue: '' });
  private readonly amountText = toSignal(this.form.controls.amount.valueChanges, {
    initialValue: this.form.controls.amount.value,
  });
  protected readonly fund = computed(() => this.fundList().find((f) => f.id === this.fundId()) ?? null);
  protected readonly amount = computed(() => yuanToFen(this.amountText()));
  /** The client-side limit check, shown under the amount. */
  protected readonly limitError = computed(() => {
    const amount = this.amount();
    return amount === null ? null : paymentRefusal(amount, this.remaining, this.fund()?.balance ?? null);
  });

  constructor() {
    // Only the funds that may pay this case: its own unit's and those above it.
    const payingFunds = () =>
      forkJoin([this.funds.list(), from(this.units.ensureLoaded())]).pipe(
        map(([funds]) => {
          const line = this.units.lineOf(this.data.case.unitId);
          return funds.filter((fund) => fundMayPayCase(fund, line));
        }),
      );
    loadLatest(of(null), payingFunds, {
      loading: this.fundsLoading,
      next: (funds) => {
        this.fundList.set(funds);
        if (funds.length === 1) this.form.controls.fundId.setValue(funds[0].id);
      },
      error: (error) => this.errorKey.set(problemMessageKey(toApiProblem(error))),
    });
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const amount = this.amount();
    if (this.form.invalid || amount === null || this.limitError() !== null || this.futureDate()) {
      this.form.markAllAsTouched();
      return;
    }
    const { fundId, method, paidOn, reference } = this.form.getRawValue();
    const body: DisbursementRequest = {
      amount,
      fundId,
      method,
      paidOn: toIsoDate(paidOn),
      ...(reference.trim() ? { reference: reference.trim() } : {}),
    };
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    const key = this.keys.keyFor(body);
    try {
      this.dialogRef.close(await firstValueFrom(this.payments.pay(this.data.case.id, body, key)));
    } catch (error: unknown) {
      const problem = toApiProblem(error, FORM_FIELDS);
      this.keys.failed(problem.status);
      // The heading says what the API refused (`apiErrors.payment.over_approved`, …).
      this.errorDetails.set(showServerErrors(this.form, problem));
      this.errorKey.set(problemMessageKey(problem));
    } finally {
      this.saving.set(false);
    }
  }

  /** Later than today on the center's clock (the picker's own check, `matDatepickerMax`, agrees). */
  protected futureDate(): boolean {
    const value = toIsoDate(this.form.controls.paidOn.value);
    return value !== '' && value > this.today;
  }
}
