import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { type ComponentType } from '@angular/cdk/portal';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  inNotice,
  todayInCenter,
  type FileAction,
  type FileHistoryEntry,
  type FileView,
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
import { FilesApi } from '@worker-aid/web/data-access';
import {
  NoticeBanner,
  ObjectionDialog,
  type ObjectionDialogData,
  readHistoryDetail,
  type HistoryDetail,
} from '@worker-aid/web/records';
import { DateTimePipe, ErrorBox, FenPipe, FileStatusChip, PageHeader, TierBadge } from '@worker-aid/web/ui';
import { BehaviorSubject, combineLatest, map } from 'rxjs';
import { ExitDialog, type ExitDialogData } from '../dialogs/exit-dialog';
import { FileActionDialog, type FileActionDialogData } from '../dialogs/file-action-dialog';
import { FollowUpRecorder } from '../dialogs/follow-up-recorder';
import {
  availableFileActions,
  FILE_ACTION_ICONS,
  type FilePageAction,
  PRIMARY_FILE_ACTIONS,
} from '../file-actions';
import { reviewDueState } from '../file-dates';

/**
 * One hardship file: who and which tier, the household and the standard its tier was computed
 * with, the dates of its life (review due highlighted), follow-up visits, history, and the
 * actions the status, the role and four eyes allow; while the approved file is in public notice,
 * the notice and "record objection".
 */
@Component({
  selector: 'wa-file-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    PageHeader,
    ErrorBox,
    DateTimePipe,
    FenPipe,
    FileStatusChip,
    TierBadge,
    DocumentsPanel,
    NoticeBanner,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './file-page.html',
  styleUrl: './file-page.scss',
})
export class FilePage {
  private readonly api = inject(FilesApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly auth = inject(AuthService);
  private readonly units = inject(UnitDirectory);
  private readonly followUps = inject(FollowUpRecorder);
  protected readonly lang = inject(LanguageService).active;
  protected readonly icons = FILE_ACTION_ICONS;
  protected readonly primary = PRIMARY_FILE_ACTIONS;
  protected readonly today = todayInCenter();
  protected readonly canUpload = this.auth.can('records:write');

  readonly id = input.required<string>();

  protected readonly view = signal<FileView | null>(null);
  protected readonly history = signal<FileHistoryEntry[]>([]);
  protected readonly loading = signal(true);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly actions = computed<FilePageAction[]>(() => {
    const view = this.view();
    const userId = this.auth.currentUser()?.id ?? '';
    return view ? availableFileActions(view, userId, (permission) => this.auth.can(permission)) : [];
  });
  protected readonly dueState = computed(() => {
    const view = this.view();
    return view?.status === 'active' ? reviewDueState(view.reviewDueOn, this.today) : null;
  });
  protected readonly unitName = computed(() => this.units.unit(this.view()?.unitId)?.name ?? '—');
  /** The last day of the file's public notice while it runs; null otherwise. */
  protected readonly noticeEndsOn = computed(() => {
    const view = this.view();
    return view && inNotice(view, this.today) ? view.noticeEndsOn : null;
  });
  protected readonly canObject = this.auth.can('records:write') || this.auth.can('cases:decide');

  /** Ticks when the history must be read again (after any change of the file). */
  private readonly historyReloads = new BehaviorSubject<void>(undefined);

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    const id = toObservable(this.id);
    loadLatest(id, (fileId) => this.api.get(fileId), {
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
    loadLatest(
      combineLatest([id, this.historyReloads]).pipe(map(([fileId]) => fileId)),
      (fileId) => this.api.history(fileId),
      {
        next: (history) => this.history.set(history),
        // Without the file, its own error says it all.
        error: (error) => (this.view() ? this.notifier.failure(error) : undefined),
      },
    );
  }

  /** An objection's channel (the file history's `detail` is not in its shared type). */
  protected detailOf(entry: FileHistoryEntry): HistoryDetail | null {
    return readHistoryDetail((entry as FileHistoryEntry & { detail?: unknown }).detail);
  }

  /** 登记异议: the file goes back to review, with the objection in its history. */
  protected recordObjection(): void {
    const view = this.view();
    if (!view) return;
    const data: ObjectionDialogData<FileView> = {
      kind: 'file',
      label: view.fileNo,
      noticeEndsOn: view.noticeEndsOn,
      send: (request) => this.api.objection(view.id, request),
    };
    this.openDialog<ObjectionDialog, ObjectionDialogData<FileView>>(
      ObjectionDialog,
      data,
      'objection.recordedFile',
    );
  }

  protected async act(action: FilePageAction): Promise<void> {
    const view = this.view();
    if (!view || this.busy()) return;
    switch (action) {
      case 'edit':
      case 'review':
        await this.router.navigate(['/files', view.id, action]);
        return;
      case 'exit':
        this.openDialog<ExitDialog, ExitDialogData>(ExitDialog, { file: view }, 'files.exit.done');
        return;
      case 'followUp':
        await this.recordFollowUp(view);
        return;
      default:
        this.transition(action, view);
    }
  }

  private transition(action: FileAction, view: FileView): void {
    this.openDialog<FileActionDialog, FileActionDialogData>(
      FileActionDialog,
      { action, file: view },
      `files.actions.done.${action}`,
    );
  }

  private openDialog<C, D>(component: ComponentType<C>, data: D, doneKey: string): void {
    this.dialog
      .open<C, D, FileView>(component, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.view.set(updated);
        this.notifier.success(doneKey, { fileNo: updated.fileNo });
        this.historyReloads.next();
      });
  }

  private async recordFollowUp(view: FileView): Promise<void> {
    const open = view.followUps.find((followUp) => followUp.doneOn === null);
    this.busy.set(true);
    try {
      const result = await this.followUps.record({
        fileId: view.id,
        fileNo: view.fileNo,
        workerName: view.workerName,
        dueOn: open?.dueOn ?? null,
      });
      // A relapse took us to the new draft; otherwise this file shows the visit.
      if (result && !result.reopenedFileId) {
        this.view.set(result);
        this.historyReloads.next();
      }
    } finally {
      this.busy.set(false);
    }
  }
}
