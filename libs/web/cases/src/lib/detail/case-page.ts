import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  EDITABLE_CASE_STATUSES,
  formatFen,
  inNotice,
  todayInCenter,
  type ApprovalPolicy,
  type CaseAction,
  type CaseHistoryEntry,
  type CaseView,
  type FileTier,
  type UnitLevel,
} from '@worker-aid/shared/domain';
import {
  AuthService,
  LanguageService,
  loadLatest,
  Notifier,
  problemMessageKey,
  toApiProblem,
  UnitDirectory,
} from '@worker-aid/web/core';
import { DocumentsPanel } from '@worker-aid/web/documents';
import { ApprovalPolicyApi, CasesApi, FilesApi } from '@worker-aid/web/data-access';
import {
  CasePaymentsPanel,
  NoticeBanner,
  ObjectionDialog,
  type ObjectionDialogData,
  PAYABLE_VIEW_STATUSES,
  readHistoryDetail,
  type HistoryDetail,
} from '@worker-aid/web/records';
import {
  CASE_TYPE_ICONS,
  CaseStatusChip,
  DateTimePipe,
  ErrorBox,
  FenPipe,
  PageHeader,
  TierBadge,
  UnitLevelChip,
} from '@worker-aid/web/ui';
import { policyInForce } from '../approval-outlook';
import { ACTION_ICONS, availableActions, PRIMARY_ACTIONS } from '../case-actions';
import { DETAIL_FIELDS } from '../case-details';
import { BehaviorSubject, combineLatest, distinctUntilChanged, filter, map, of } from 'rxjs';
import { ActionDialog, type ActionDialogData } from './action-dialog';

/** A detail in readable form: its label key and the text (money formatted, selects translated). */
interface DetailLine {
  name: string;
  text: string;
  /** Translation key of the value, for selects. */
  key: string | null;
}

/**
 * One aid case: header, amounts, its approval steps and what the next one needs, the public
 * notice (with objections), the type's details, the actions the user may take, and its history.
 */
@Component({
  selector: 'wa-case-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    PageHeader,
    ErrorBox,
    CaseStatusChip,
    DateTimePipe,
    FenPipe,
    CasePaymentsPanel,
    DocumentsPanel,
    TierBadge,
    UnitLevelChip,
    NoticeBanner,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-page.html',
  styleUrl: './case-page.scss',
})
export class CasePage {
  private readonly api = inject(CasesApi);
  private readonly files = inject(FilesApi);
  private readonly policies = inject(ApprovalPolicyApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly auth = inject(AuthService);
  private readonly units = inject(UnitDirectory);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).active;
  protected readonly typeIcons = CASE_TYPE_ICONS;
  protected readonly actionIcons = ACTION_ICONS;
  protected readonly primary = PRIMARY_ACTIONS;

  readonly id = input.required<string>();

  protected readonly view = signal<CaseView | null>(null);
  protected readonly history = signal<CaseHistoryEntry[]>([]);
  protected readonly loading = signal(true);
  protected readonly errorKey = signal<string | null>(null);
  /** The tier of the worker's active hardship file; null when they have none. */
  protected readonly workerTier = signal<FileTier | null>(null);
  /** The approval policy (`null`: none configured), for reviewers; undefined until known. */
  private readonly policy = signal<ApprovalPolicy | null | undefined>(undefined);
  /** The level of the user's unit, once the unit directory is loaded. */
  private readonly level = computed<UnitLevel | null>(
    () => this.units.unit(this.auth.currentUser()?.unitId)?.level ?? null,
  );
  protected readonly today = todayInCenter();

  protected readonly actions = computed<CaseAction[]>(() => {
    const view = this.view();
    const userId = this.auth.currentUser()?.id ?? '';
    return view
      ? availableActions(view, userId, (permission) => this.auth.can(permission), this.level())
      : [];
  });
  /** 审批流程 shows while the case is in review and whenever its round has steps. */
  protected readonly showApproval = computed(() => {
    const view = this.view();
    return !!view && (view.status === 'submitted' || view.approvals.length > 0);
  });
  /** The last day of the case's public notice while it runs; null otherwise. */
  protected readonly noticeEndsOn = computed(() => {
    const view = this.view();
    return view && inNotice(view, this.today) ? view.noticeEndsOn : null;
  });
  protected readonly canObject = this.auth.can('records:write') || this.auth.can('cases:decide');
  /** 资金发放 shows once the case is approved (and whenever money has moved). */
  protected readonly showPayments = computed(() => {
    const view = this.view();
    return !!view && (PAYABLE_VIEW_STATUSES.includes(view.status) || view.disbursedAmount !== 0);
  });
  protected readonly canAttach = this.auth.can('records:write');
  protected readonly canEdit = computed(() => {
    const view = this.view();
    return !!view && EDITABLE_CASE_STATUSES.includes(view.status) && this.auth.can('records:write');
  });
  protected readonly details = computed<DetailLine[]>(() => {
    const view = this.view();
    if (!view) return [];
    const values = view.details as unknown as Record<string, unknown>;
    return DETAIL_FIELDS[view.type].map((field) => {
      const value = values[field.name];
      if (value === undefined || value === null) return { name: field.name, text: '—', key: null };
      if (field.kind === 'money' && typeof value === 'number')
        return { name: field.name, text: formatFen(value), key: null };
      if (field.kind === 'select')
        return { name: field.name, text: '', key: `${field.optionKey}.${String(value)}` };
      return { name: field.name, text: String(value as string | number), key: null };
    });
  });

  /** Ticks when the case must be read again (after a payment or a reversal). */
  private readonly caseReloads = new BehaviorSubject<void>(undefined);
  /** Ticks when the history must be read again (after any change of the case). */
  private readonly historyReloads = new BehaviorSubject<void>(undefined);

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    const id = toObservable(this.id);
    loadLatest(
      combineLatest([id, this.caseReloads]).pipe(map(([caseId]) => caseId)),
      (caseId) => this.api.get(caseId),
      {
        loading: this.loading,
        next: (view) => {
          this.errorKey.set(null);
          this.view.set(view);
        },
        // The first read failing leaves nothing to show but the error; a re-read, a snack bar.
        error: (error) =>
          this.view()
            ? this.notifier.failure(error)
            : this.errorKey.set(problemMessageKey(toApiProblem(error))),
      },
    );
    loadLatest(
      combineLatest([id, this.historyReloads]).pipe(map(([caseId]) => caseId)),
      (caseId) => this.api.history(caseId),
      {
        next: (history) => this.history.set(history),
        // Without the case, its own error says it all.
        error: (error) => (this.view() ? this.notifier.failure(error) : undefined),
      },
    );
    loadLatest(
      toObservable(this.view).pipe(
        map((view) => view?.workerId),
        filter((workerId): workerId is string => !!workerId),
        distinctUntilChanged(),
      ),
      (workerId) =>
        this.files
          .list({ workerId, status: 'active' }, null, 1)
          .pipe(map((page) => page.items[0]?.tier ?? null)),
      // The badge is a help, not the case: without it the page works as before.
      { next: (tier) => this.workerTier.set(tier), error: () => this.workerTier.set(null) },
    );
    if (this.auth.can('cases:decide')) {
      // Only tells the approve dialog beforehand whether the step is final; the API decides.
      loadLatest(of(null), () => this.policies.current(), {
        next: (view) => this.policy.set(policyInForce(view)),
        error: () => this.policy.set(undefined),
      });
    }
  }

  protected detailOf(entry: CaseHistoryEntry): HistoryDetail | null {
    return readHistoryDetail(entry.detail);
  }

  protected unitName(unitId: string): string {
    return this.units.unit(unitId)?.name ?? '—';
  }

  protected act(action: CaseAction): void {
    const view = this.view();
    if (!view) return;
    this.dialog
      .open<ActionDialog, ActionDialogData, CaseView>(ActionDialog, {
        data: { action, case: view, policy: this.policy(), level: this.level() },
        width: '520px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.view.set(updated);
        if (action === 'approve' && updated.status === 'submitted') {
          this.notifier.success('approval.doneOnward', {
            caseNo: updated.caseNo,
            unit:
              updated.awaitingUnit?.name ?? this.transloco.translate(`unitLevels.${updated.awaitingLevel}`),
          });
        } else {
          this.notifier.success(`cases.actions.done.${action}`, { caseNo: updated.caseNo });
        }
        this.historyReloads.next();
      });
  }

  /** 登记异议: the case goes back to review, with the objection in its history. */
  protected recordObjection(): void {
    const view = this.view();
    if (!view) return;
    const data: ObjectionDialogData<CaseView> = {
      kind: 'case',
      label: view.caseNo,
      noticeEndsOn: view.noticeEndsOn,
      send: (request) => this.api.objection(view.id, request),
    };
    this.dialog
      .open<ObjectionDialog, ObjectionDialogData<CaseView>, CaseView>(ObjectionDialog, {
        data,
        width: '520px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.view.set(updated);
        this.notifier.success('objection.recordedCase', { caseNo: updated.caseNo });
        this.historyReloads.next();
      });
  }

  /** After a payment or a reversal: the status and the amounts may have changed. */
  protected paymentsChanged(): void {
    this.caseReloads.next();
    this.historyReloads.next();
  }
}
