import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { isReversible, type DisbursementView, type FundView } from '@worker-aid/shared/domain';
import { AuthService, Notifier, UNIT_LEVEL_ICONS, UnitDirectory } from '@worker-aid/web/core';
import { FundsApi, PaymentsApi, ReversalDialog, type ReversalDialogData } from '@worker-aid/web/records';
import { EmptyState, FenPipe, PageHeader } from '@worker-aid/web/ui';

const PAGE_SIZE = 25;

/** 资金发放: every payment and reversal in scope, newest first, filtered by dates, fund and unit. */
@Component({
  selector: 'wa-payments-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    PageHeader,
    EmptyState,
    FenPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './payments-page.html',
  styleUrl: './payments-page.scss',
})
export class PaymentsPage implements OnInit {
  private readonly api = inject(PaymentsApi);
  private readonly fundsApi = inject(FundsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  protected readonly units = inject(UnitDirectory);
  protected readonly canReverse = inject(AuthService).can('money:write');
  protected readonly levelIcon = UNIT_LEVEL_ICONS;
  protected readonly columns = [
    'paidOn',
    'caseNo',
    'worker',
    'fund',
    'method',
    'amount',
    'reference',
    ...(this.canReverse ? ['actions'] : []),
  ];

  protected readonly filters = new FormGroup({
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
    fundId: new FormControl('', { nonNullable: true }),
    unitId: new FormControl('', { nonNullable: true }),
  });
  protected readonly funds = signal<FundView[]>([]);
  protected readonly rows = signal<DisbursementView[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);

  constructor() {
    this.filters.valueChanges.subscribe(() => void this.load(null));
  }

  ngOnInit(): void {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    this.fundsApi
      .list()
      .then((funds) => this.funds.set(funds))
      .catch((error: unknown) => this.notifier.failure(error));
    void this.load(null);
  }

  /** The row's test-id key: the case number and the row's place among that case's rows here (0 = newest). */
  protected rowKey(row: DisbursementView): string {
    const index = this.rows()
      .filter((r) => r.caseNo === row.caseNo)
      .indexOf(row);
    return `${row.caseNo}-${index}`;
  }

  protected reversible(row: DisbursementView): boolean {
    return this.canReverse && isReversible(row, row.caseStatus);
  }

  protected clear(): void {
    this.filters.reset({ from: '', to: '', fundId: '', unitId: '' });
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (cursor) await this.load(cursor);
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
        this.notifier.success('payments.reversed', { caseNo: reversal.caseNo });
        void this.load(null);
      });
  }

  private async load(cursor: string | null): Promise<void> {
    this.loading.set(true);
    try {
      const page = await this.api.list(this.filters.getRawValue(), cursor, PAGE_SIZE);
      this.rows.update((rows) => (cursor ? [...rows, ...page.items] : page.items));
      this.nextCursor.set(page.nextCursor);
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      this.loading.set(false);
    }
  }
}
