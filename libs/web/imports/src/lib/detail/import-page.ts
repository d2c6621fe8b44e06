import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { isErrorCode, type ImportDetail, type ImportSummary } from '@worker-aid/shared/domain';
import {
  AuthService,
  errorCodeKey,
  LanguageService,
  loadLatest,
  Notifier,
  problemMessageKey,
  toApiProblem,
} from '@worker-aid/web/core';
import { ImportsApi } from '@worker-aid/web/data-access';
import { DateTimePipe, ErrorBox, PageHeader } from '@worker-aid/web/ui';
import { BehaviorSubject, combineLatest, map } from 'rxjs';
import { ImportStatusChip } from '../shared/import-status-chip';
import { SheetDownloads } from '../shared/sheet-downloads';
import { CommitDialog, type CommitDialogData } from './commit-dialog';
import { ImportCounts } from './import-counts';
import { count, importProgress } from './import-progress';
import { ImportProblems } from './import-problems';
import { IMPORT_POLL_MS, watchImport } from './watch-import';

/**
 * One import: its status, a live progress bar while it is checked or registered (read again
 * every second, until it rests or the page closes), the counts, the first problems, the report,
 * and the commit of the valid rows once checked.
 */
@Component({
  selector: 'wa-import-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateTimePipe,
    ErrorBox,
    PageHeader,
    ImportStatusChip,
    ImportCounts,
    ImportProblems,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
})
export class ImportPage {
  private readonly api = inject(ImportsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  private readonly downloads = inject(SheetDownloads);
  private readonly pollMs = inject(IMPORT_POLL_MS);
  private readonly canWrite = inject(AuthService).can('records:write');
  protected readonly lang = inject(LanguageService).active;
  protected readonly count = count;

  readonly id = input.required<string>();

  protected readonly detail = signal<ImportDetail | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly downloadingReport = signal(false);

  protected readonly progress = computed(() => {
    const detail = this.detail();
    return detail ? importProgress(detail) : null;
  });
  protected readonly mayCommit = computed(() => {
    const detail = this.detail();
    return this.canWrite && detail?.status === 'validated' && detail.valid > 0;
  });
  /** The text of a failed import's code (an unknown one says so in general). */
  protected readonly failureKey = computed(() => {
    const failure = this.detail()?.failure;
    return isErrorCode(failure) ? errorCodeKey(failure) : 'errors.unexpected';
  });

  /** Ticks when the import must be watched again (after the commit started a job). */
  private readonly rewatch = new BehaviorSubject<void>(undefined);

  constructor() {
    loadLatest(
      combineLatest([toObservable(this.id), this.rewatch]).pipe(map(([id]) => id)),
      (id) => watchImport((importId) => this.api.get(importId), id, this.pollMs),
      {
        next: (detail) => {
          this.errorKey.set(null);
          this.detail.set(detail);
        },
        error: (error) => {
          // Once the import is on the screen, a failed poll leaves it there and says so.
          if (this.detail()) this.notifier.failure(error);
          else this.errorKey.set(problemMessageKey(toApiProblem(error)));
        },
      },
    );
  }

  protected commit(): void {
    const detail = this.detail();
    if (!detail || !this.mayCommit()) return;
    this.dialog
      .open<CommitDialog, CommitDialogData, ImportSummary>(CommitDialog, {
        data: { summary: detail },
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((summary) => {
        if (!summary) return;
        this.detail.update((current) => (current ? { ...current, ...summary } : current));
        this.rewatch.next();
      });
  }

  protected async report(): Promise<void> {
    const detail = this.detail();
    if (!detail || this.downloadingReport()) return;
    this.downloadingReport.set(true);
    const name = detail.fileName.replace(/\.[^.]*$/, '');
    const fallback = `${this.transloco.translate('imports.detail.reportFileName', { name })}.xlsx`;
    await this.downloads.save(this.api.report(detail.id, this.lang()), fallback);
    this.downloadingReport.set(false);
  }
}
