import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { FOLLOW_UP_DUE_WITHIN_DAYS, todayInCenter, type DueFollowUp } from '@worker-aid/shared/domain';
import { AuthService, keysetList, Notifier, UnitDirectory, UnitSelect } from '@worker-aid/web/core';
import { type DueFollowUpQuery, FilesApi } from '@worker-aid/web/data-access';
import { EmptyState, PageHeader, TierBadge } from '@worker-aid/web/ui';
import { map } from 'rxjs';
import { FollowUpRecorder } from '../dialogs/follow-up-recorder';
import { FilesTabs } from '../list/files-tabs';

const PAGE_SIZE = 50;
const COLUMNS = ['worker', 'fileNo', 'tier', 'exitReason', 'closedOn', 'dueOn', 'action'];

/** 回访到期: follow-up visits of closed files due within 14 days or past, each recorded from its row. */
@Component({
  selector: 'wa-follow-ups-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    PageHeader,
    EmptyState,
    TierBadge,
    FilesTabs,
    UnitSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './follow-ups-page.html',
  styleUrl: './due-pages.scss',
})
export class FollowUpsPage {
  private readonly api = inject(FilesApi);
  private readonly notifier = inject(Notifier);
  private readonly recorder = inject(FollowUpRecorder);
  private readonly units = inject(UnitDirectory);
  protected readonly canWrite = inject(AuthService).can('records:write');
  protected readonly withinDays = FOLLOW_UP_DUE_WITHIN_DAYS;
  protected readonly today = todayInCenter();
  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 599.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() =>
    COLUMNS.filter((column) => column !== 'action' || this.canWrite),
  );
  protected readonly unitId = signal('');
  /** The file whose visit is being recorded: its button waits. */
  protected readonly recording = signal<string | null>(null);

  protected readonly followUps = keysetList<DueFollowUpQuery, DueFollowUp>({
    fetch: (query, cursor) => this.api.dueFollowUps(query, cursor, PAGE_SIZE),
  });

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    this.pick('');
  }

  protected pick(unitId: string): void {
    this.unitId.set(unitId);
    this.followUps.load({ unitId });
  }

  protected async record(item: DueFollowUp): Promise<void> {
    if (this.recording()) return;
    this.recording.set(item.fileId);
    try {
      const result = await this.recorder.record({
        fileId: item.fileId,
        fileNo: item.fileNo,
        workerName: item.workerName,
        dueOn: item.dueOn,
      });
      // Still here (no relapse took us to the new draft): the visit leaves the list.
      if (result && !result.reopenedFileId) this.followUps.reload();
    } finally {
      this.recording.set(null);
    }
  }
}
