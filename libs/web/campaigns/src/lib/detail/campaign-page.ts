import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CAMPAIGN_LINE_STATUSES,
  PAYMENT_METHODS,
  todayInCenter,
  type BatchView,
  type CampaignAction,
  type CampaignLineStatus,
  type CampaignLineView,
  type CampaignView,
  type PaymentMethod,
  type RosterBuilt,
} from '@worker-aid/shared/domain';
import {
  AuthService,
  keysetList,
  LanguageService,
  loadLatest,
  Notifier,
  problemMessageKey,
  toApiProblem,
} from '@worker-aid/web/core';
import {
  CampaignStatusChip,
  DateTimePipe,
  EmptyState,
  ErrorBox,
  FenPipe,
  FilterSelect,
  PageHeader,
  TierBadge,
} from '@worker-aid/web/ui';
import { ObjectionDialog, type ObjectionDialogData } from '@worker-aid/web/records';
import { BehaviorSubject, combineLatest, firstValueFrom, map } from 'rxjs';
import { CampaignsApi } from '../data-access/campaigns-api';
import { CampaignActionDialog, type CampaignActionDialogData } from './campaign-action-dialog';
import { campaignOffer } from './campaign-actions';
import { CampaignRoster, type RosterEdit } from './campaign-roster';
import { LineDialog, type LineDialogData } from './line-dialog';
import { RosterRebuildDialog, type RosterRebuildDialogData } from './roster-rebuild-dialog';

const LINES_PAGE_SIZE = 50;
/** Below this width the rows become cards. */
const PHONE = '(max-width: 599.98px)';

interface LineQuery {
  campaignId: string;
  status: CampaignLineStatus | '';
  q: string;
}

/**
 * One campaign: what it pays and to whom (the roster, searchable, paged), where it stands
 * (status, notice, paid so far) and what the user may do next by status, role and four eyes;
 * below, its batches, and for finance a new batch once the campaign is approved and out of notice.
 */
@Component({
  selector: 'wa-campaign-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    FilterSelect,
    DateTimePipe,
    EmptyState,
    ErrorBox,
    FenPipe,
    PageHeader,
    TierBadge,
    CampaignStatusChip,
    CampaignRoster,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './campaign-page.html',
  styleUrl: './campaign-page.scss',
})
export class CampaignPage {
  private readonly api = inject(CampaignsApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly auth = inject(AuthService);
  protected readonly lang = inject(LanguageService).active;
  protected readonly today = todayInCenter();
  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly lineStatuses = CAMPAIGN_LINE_STATUSES;
  protected readonly methods = PAYMENT_METHODS;

  readonly id = input.required<string>();

  protected readonly view = signal<CampaignView | null>(null);
  protected readonly loading = signal(true);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly batches = signal<BatchView[]>([]);
  protected readonly batchMethod = new FormControl<PaymentMethod>('bank', { nonNullable: true });

  protected readonly offer = computed(() => {
    const view = this.view();
    const userId = this.auth.currentUser()?.id ?? null;
    return view ? campaignOffer(view, userId, (permission) => this.auth.can(permission), this.today) : null;
  });
  /** Fen paid of the roster's amount, in percent, for the progress bar. */
  protected readonly paidPercent = computed(() => {
    const totals = this.view()?.totals;
    return totals && totals.amount > 0 ? Math.min(100, (totals.paidAmount / totals.amount) * 100) : 0;
  });

  protected readonly filters = new FormGroup({
    status: new FormControl<CampaignLineStatus | ''>('', { nonNullable: true }),
    q: new FormControl('', { nonNullable: true }),
  });
  protected readonly lines = keysetList<LineQuery, CampaignLineView>({
    fetch: ({ campaignId, ...query }, cursor) => this.api.lines(campaignId, query, cursor, LINES_PAGE_SIZE),
  });
  /** Lines changed through the dialog since the page was read: shown without reading it again. */
  private readonly changedLines = signal<ReadonlyMap<string, CampaignLineView>>(new Map());
  protected readonly shownLines = computed(() => {
    const changed = this.changedLines();
    return this.lines.items().map((line) => changed.get(line.id) ?? line);
  });
  protected readonly batchColumns = [
    'number',
    'method',
    'batchStatus',
    'lines',
    'amount',
    'progress',
    'failed',
  ];

  /** Ticks when the campaign and its batches must be read again. */
  private readonly reloads = new BehaviorSubject<void>(undefined);

  constructor() {
    const id = toObservable(this.id);
    const ids = combineLatest([id, this.reloads]).pipe(map(([campaignId]) => campaignId));
    loadLatest(ids, (campaignId) => this.api.get(campaignId), {
      loading: this.loading,
      next: (view) => {
        this.errorKey.set(null);
        this.view.set(view);
      },
      error: (error) => {
        this.view.set(null);
        this.errorKey.set(problemMessageKey(toApiProblem(error)));
      },
    });
    loadLatest(ids, (campaignId) => this.api.batches(campaignId), {
      next: (batches) => this.batches.set(batches),
      error: (error) => (this.view() ? this.notifier.failure(error) : undefined),
    });
    id.pipe(takeUntilDestroyed()).subscribe(() => this.searchLines());
    this.filters.controls.status.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.searchLines());
  }

  protected searchLines(): void {
    const { status, q } = this.filters.getRawValue();
    this.changedLines.set(new Map());
    this.lines.load({ campaignId: this.id(), status, q: q.trim() });
  }

  /** 重新生成名单: once confirmed, the draft's roster built again from the files as they are now. */
  protected rebuildRoster(): void {
    const view = this.view();
    if (!view) return;
    this.dialog
      .open<RosterRebuildDialog, RosterRebuildDialogData, RosterBuilt>(RosterRebuildDialog, {
        data: { campaignId: view.id },
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((built) => {
        if (!built) return;
        this.notifier.success('campaigns.detail.rosterBuilt', { lines: built.lines, kept: built.kept });
        this.reloads.next();
        this.searchLines();
      });
  }

  protected act(action: CampaignAction): void {
    const view = this.view();
    if (!view) return;
    this.dialog
      .open<CampaignActionDialog, CampaignActionDialogData, CampaignView>(CampaignActionDialog, {
        data: { campaign: view, action },
        width: '520px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.view.set(updated);
        this.notifier.success(`campaigns.actions.done.${action}`);
        this.reloads.next();
        this.searchLines();
      });
  }

  protected changeLine(line: CampaignLineView, change: RosterEdit['change']): void {
    const view = this.view();
    if (!view) return;
    const dialog =
      change === 'objection'
        ? this.dialog.open<ObjectionDialog, ObjectionDialogData<CampaignLineView>, CampaignLineView>(
            ObjectionDialog,
            {
              data: {
                kind: 'campaignLine',
                label: `${line.lineNo}. ${line.workerName}`,
                noticeEndsOn: view.noticeEndsOn,
                send: (request) => this.api.objection(view.id, line.id, request),
              },
              width: '520px',
              maxWidth: '95vw',
            },
          )
        : this.dialog.open<LineDialog, LineDialogData, CampaignLineView>(LineDialog, {
            data: { campaignId: view.id, line, change },
            width: '480px',
            maxWidth: '95vw',
          });
    dialog.afterClosed().subscribe((updated) => {
      if (!updated) return;
      this.changedLines.update((changed) => new Map(changed).set(updated.id, updated));
      this.notifier.success(`campaigns.lineDialog.done.${change}`, { name: updated.workerName });
      // The totals changed with the line.
      this.reloads.next();
    });
  }

  /** 新建批次: the unpaid lines in a batch of the chosen method; its page opens. */
  protected async createBatch(): Promise<void> {
    const view = this.view();
    if (!view || this.busy()) return;
    this.busy.set(true);
    try {
      const batch = await firstValueFrom(this.api.createBatch(view.id, { method: this.batchMethod.value }));
      this.notifier.success('campaigns.batches.created', { number: batch.number });
      await this.router.navigate(['/campaigns', view.id, 'batches', batch.id]);
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected batchPercent(batch: BatchView): number {
    return batch.amount > 0 ? Math.min(100, (batch.paidAmount / batch.amount) * 100) : 0;
  }
}
