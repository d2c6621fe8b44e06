import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  inNotice,
  isReversible,
  PAYABLE_CASE_STATUS,
  remainingToPay,
  todayInCenter,
  type CaseView,
  type DisbursementView,
} from '@worker-aid/shared/domain';
import { FenPipe } from '@worker-aid/web/ui';
import { AuthService, loadLatest, Notifier } from '@worker-aid/web/core';
import { PaymentsApi } from '@worker-aid/web/data-access';
import { RecordPaymentDialog, type RecordPaymentDialogData } from './record-payment-dialog';
import { ReversalDialog, type ReversalDialogData } from './reversal-dialog';

/**
 * 资金发放 on the case page: approved, paid so far and still to pay; the payments and reversals
 * in booking order; "record payment" (approved cases) and "reverse" for `money:write`.
 * Emits `changed` after a payment or a reversal, so the page reloads the case.
 */
@Component({
  selector: 'wa-case-payments-panel',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    TranslocoPipe,
    FenPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-payments-panel.html',
  styleUrl: './case-payments-panel.scss',
})
export class CasePaymentsPanel {
  private readonly api = inject(PaymentsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  protected readonly canPay = inject(AuthService).can('money:write');

  readonly case = input.required<CaseView>();
  readonly changed = output<void>();

  protected readonly rows = signal<DisbursementView[]>([]);
  protected readonly loading = signal(false);
  protected readonly remaining = computed(() => remainingToPay(this.case()));
  protected readonly mayRecord = computed(
    () => this.canPay && this.case().status === PAYABLE_CASE_STATUS && this.remaining() > 0,
  );
  /** No payment while the case is in public notice (the API answers `case.in_notice`). */
  protected readonly noticeEndsOn = computed(() => {
    const view = this.case();
    return inNotice(view, todayInCenter()) ? view.noticeEndsOn : null;
  });

  constructor() {
    // The rows follow the case: again whenever it changes (a payment may come from elsewhere).
    loadLatest(toObservable(this.case), (view) => this.api.forCase(view.id), {
      loading: this.loading,
      next: (rows) => this.rows.set(rows),
    });
  }

  protected reversible(row: DisbursementView): boolean {
    return this.canPay && isReversible(row, this.case().status);
  }

  protected record(): void {
    if (this.noticeEndsOn()) return;
    this.dialog
      .open<RecordPaymentDialog, RecordPaymentDialogData, DisbursementView>(RecordPaymentDialog, {
        data: { case: this.case() },
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((payment) => {
        if (!payment) return;
        this.notifier.success('payments.recorded', { caseNo: payment.caseNo ?? '' });
        this.changed.emit();
      });
  }

  protected reverse(row: DisbursementView): void {
    this.dialog
      .open<ReversalDialog, ReversalDialogData, DisbursementView>(ReversalDialog, {
        data: { payment: row },
        width: '520px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((reversal) => {
        if (!reversal) return;
        this.notifier.success('payments.reversed', { caseNo: reversal.caseNo ?? '' });
        this.changed.emit();
      });
  }
}
