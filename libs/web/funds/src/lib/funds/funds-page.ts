import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AllocationView, FundView } from '@worker-aid/shared/domain';
import { AuthService, LanguageService, loadLatest, Notifier, UnitDirectory } from '@worker-aid/web/core';
import { FundsApi } from '@worker-aid/web/data-access';
import { BehaviorSubject, combineLatest, map, of, tap } from 'rxjs';
import { DateTimePipe, EmptyState, FenPipe, PageHeader } from '@worker-aid/web/ui';
import { AllocationDialog, type AllocationDialogData } from './allocation-dialog';
import { FundDialog } from './fund-dialog';
import { fundTotals } from './fund-totals';

/** 帮扶资金: the funds with allocated, paid and balance, a totals row; a fund's allocations below. */
@Component({
  selector: 'wa-funds-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    PageHeader,
    EmptyState,
    FenPipe,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './funds-page.html',
  styleUrl: './funds-page.scss',
})
export class FundsPage {
  private readonly api = inject(FundsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly units = inject(UnitDirectory);
  private readonly auth = inject(AuthService);
  protected readonly lang = inject(LanguageService).active;
  protected readonly canCreate = this.auth.can('funds:create');
  protected readonly canAllocate = this.auth.can('money:write');
  protected readonly columns = [
    'code',
    'name',
    'source',
    'unit',
    'allocated',
    'disbursed',
    'balance',
    ...(this.canAllocate ? ['actions'] : []),
  ];

  protected readonly funds = signal<FundView[]>([]);
  protected readonly loading = signal(false);
  protected readonly totals = computed(() => fundTotals(this.funds()));
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(() => this.funds().find((f) => f.id === this.selectedId()) ?? null);
  protected readonly allocations = signal<AllocationView[]>([]);
  protected readonly allocationsLoading = signal(false);
  /** Ticks when the funds must be read (again): at start, after a new fund or allocation. */
  private readonly fundReloads = new BehaviorSubject<void>(undefined);
  /** Ticks when the selected fund's allocations must be read again. */
  private readonly allocationReloads = new BehaviorSubject<void>(undefined);

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    loadLatest(this.fundReloads, () => this.api.list(), {
      loading: this.loading,
      next: (funds) => this.funds.set(funds),
    });
    // The allocations follow the selected fund; another fund's late answer never shows.
    loadLatest(
      combineLatest([toObservable(this.selectedId), this.allocationReloads]).pipe(
        map(([id]) => id),
        tap(() => this.allocations.set([])),
      ),
      (fundId) => (fundId === null ? of([]) : this.api.allocations(fundId)),
      { loading: this.allocationsLoading, next: (rows) => this.allocations.set(rows) },
    );
  }

  protected unitName(unitId: string): string {
    return this.units.unit(unitId)?.name ?? '—';
  }

  protected create(): void {
    this.dialog
      .open<FundDialog, undefined, FundView>(FundDialog, { width: '480px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((fund) => {
        if (!fund) return;
        this.notifier.success('funds.created', { name: fund.name });
        this.fundReloads.next();
      });
  }

  protected allocate(fund: FundView, event?: Event): void {
    event?.stopPropagation();
    this.dialog
      .open<AllocationDialog, AllocationDialogData, AllocationView>(AllocationDialog, {
        data: { fund },
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((allocation) => {
        if (!allocation) return;
        this.notifier.success('funds.allocated', { name: fund.name });
        this.fundReloads.next();
        if (this.selectedId() === fund.id) this.allocationReloads.next();
      });
  }

  protected select(fund: FundView): void {
    this.selectedId.set(this.selectedId() === fund.id ? null : fund.id);
  }
}
