import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { isReversible, type DisbursementView, type FundView } from '@worker-aid/shared/domain';
import {
  AuthService,
  keysetList,
  loadLatest,
  Notifier,
  UnitDirectory,
  UnitSelect,
} from '@worker-aid/web/core';
import { DateRange, toIsoDate } from '@worker-aid/web/core/dates';
import { type DisbursementQuery, FundsApi, PaymentsApi } from '@worker-aid/web/data-access';
import { ReversalDialog, type ReversalDialogData } from '@worker-aid/web/records';
import { EmptyState, FenPipe, FilterSelect, PageHeader } from '@worker-aid/web/ui';
import { distinctUntilChanged, filter, map, of, startWith } from 'rxjs';

const PAGE_SIZE = 25;

/** The same filters: nothing to load again. */
function sameQuery(a: DisbursementQuery, b: DisbursementQuery): boolean {
  return a.from === b.from && a.to === b.to && a.fundId === b.fundId && a.unitId === b.unitId;
}

/** 资金发放: every payment and reversal in scope, newest first, filtered by dates, fund and unit. */
@Component({
  selector: 'wa-payments-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    FilterSelect,
    PageHeader,
    EmptyState,
    FenPipe,
    DateRange,
    UnitSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './payments-page.html',
  styleUrl: './payments-page.scss',
})
export class PaymentsPage {
  private readonly api = inject(PaymentsApi);
  private readonly fundsApi = inject(FundsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly units = inject(UnitDirectory);
  protected readonly canReverse = inject(AuthService).can('money:write');
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
    from: new FormControl<Date | null>(null),
    to: new FormControl<Date | null>(null),
    fundId: new FormControl('', { nonNullable: true }),
    unitId: new FormControl('', { nonNullable: true }),
  });
  protected readonly funds = signal<FundView[]>([]);
  /** The fund filter's options: the funds' ids, named by the fund and test-ided by its code. */
  protected readonly fundIds = computed(() => this.funds().map((f) => f.id));
  protected readonly fundName = (id: string): string => this.fundOf(id)?.name ?? id;
  protected readonly fundCode = (id: string): string => this.fundOf(id)?.code ?? id;
  /** The ledger of the filters, 25 rows at a time. */
  protected readonly ledger = keysetList<DisbursementQuery, DisbursementView>({
    fetch: (query, cursor) => this.api.list(query, cursor, PAGE_SIZE),
  });

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    loadLatest(of(null), () => this.fundsApi.list(), { next: (funds) => this.funds.set(funds) });
    // Every change of the filters shows the new query's first page at once (cancelling the old
    // one's answer); a date still being typed, or a period that ends before it starts, waits.
    this.filters.valueChanges
      .pipe(
        startWith(null),
        filter(() => this.filters.valid),
        map(() => this.query()),
        distinctUntilChanged(sameQuery),
        takeUntilDestroyed(),
      )
      .subscribe((query) => this.ledger.load(query));
  }

  /**
   * The row's test-id key: the case number (a campaign's name for its lines) and the row's place
   * among that subject's rows here (0 = newest).
   */
  protected rowKey(row: DisbursementView): string {
    const subject = subjectOf(row);
    const index = this.ledger
      .items()
      .filter((r) => subjectOf(r) === subject)
      .indexOf(row);
    return `${subject}-${index}`;
  }

  protected reversible(row: DisbursementView): boolean {
    return this.canReverse && isReversible(row, row.caseStatus);
  }

  protected clear(): void {
    this.filters.reset({ from: null, to: null, fundId: '', unitId: '' });
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
        this.notifier.success('payments.reversed', { caseNo: subjectOf(reversal) });
        this.ledger.reload();
      });
  }

  private fundOf(id: string): FundView | undefined {
    return this.funds().find((f) => f.id === id);
  }

  /** The API's query: days as `YYYY-MM-DD`, empty filters left out. */
  private query(): DisbursementQuery {
    const { from, to, fundId, unitId } = this.filters.getRawValue();
    return { from: toIsoDate(from), to: toIsoDate(to), fundId, unitId };
  }
}

/** What a ledger row pays: its case's number, or its campaign's name. */
function subjectOf(row: DisbursementView): string {
  return row.caseNo ?? row.campaignName ?? '';
}
