import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ENDED_FILE_STATUSES, type FileListItem } from '@worker-aid/shared/domain';
import { AuthService, loadLatest, toApiProblem, Notifier } from '@worker-aid/web/core';
import { FilesApi } from '@worker-aid/web/data-access';
import { FenPipe, FileStatusChip, TierBadge } from '@worker-aid/web/ui';
import { map } from 'rxjs';

/** A worker has few files (one open at most): the first page is all of them in practice. */
const FILES_SHOWN = 50;

/** 困难职工档案 on a worker's page: their hardship files, and 建档 when none of them is still open. */
@Component({
  selector: 'wa-worker-files',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    FenPipe,
    FileStatusChip,
    TierBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="heading">
      <h2>{{ 'workers.detail.files' | transloco }}</h2>
      @if (mayCreate()) {
        <a
          mat-flat-button
          routerLink="/files/new"
          [queryParams]="{ workerId: workerId() }"
          data-testid="worker-new-file"
        >
          <mat-icon>add</mat-icon>{{ 'workers.detail.newFile' | transloco }}
        </a>
      }
    </div>
    <mat-card appearance="outlined" class="card">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <ul class="files" data-testid="worker-files">
        @for (f of files(); track f.id) {
          <li [attr.data-testid]="'worker-file-' + f.fileNo">
            <a class="file-no" [routerLink]="['/files', f.id]">{{ f.fileNo }}</a>
            <wa-tier-badge [tier]="f.tier" />
            <wa-file-status-chip [status]="f.status" />
            <span class="meta"
              >{{ 'files.fields.perCapitaIncome' | transloco }} {{ f.perCapitaIncome | fen }}</span
            >
            @if (f.status === 'active' && f.reviewDueOn) {
              <span class="meta">{{ 'files.fields.reviewDueOn' | transloco }} {{ f.reviewDueOn }}</span>
            } @else if (f.closedOn) {
              <span class="meta">{{ 'files.fields.closedOn' | transloco }} {{ f.closedOn }}</span>
            }
          </li>
        } @empty {
          @if (known()) {
            <li class="none">{{ 'workers.detail.noFiles' | transloco }}</li>
          }
        }
      </ul>
    </mat-card>
  `,
  styles: `
    .heading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin: 32px 0 12px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .card {
      overflow: hidden;
      background: var(--mat-sys-surface-container-lowest);
    }
    .files {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      padding: 12px 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    li:last-child {
      border-bottom: none;
    }
    .file-no {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-weight: 500;
      color: var(--mat-sys-primary);
      text-decoration: none;
    }
    .meta,
    .none {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class WorkerFiles {
  private readonly api = inject(FilesApi);
  private readonly notifier = inject(Notifier);
  private readonly canWrite = inject(AuthService).can('records:write');

  readonly workerId = input.required<string>();

  /** The worker's files; null until they are known (or when they could not be read). */
  private readonly loaded = signal<FileListItem[] | null>(null);
  protected readonly files = computed(() => this.loaded() ?? []);
  protected readonly known = computed(() => this.loaded() !== null);
  protected readonly loading = signal(true);
  /** A worker has at most one file that is not over (API.md): a new one only when all are known to be. */
  protected readonly mayCreate = computed(() => {
    const files = this.loaded();
    return (
      this.canWrite &&
      !this.loading() &&
      !!files &&
      files.every((file) => ENDED_FILE_STATUSES.includes(file.status))
    );
  });

  constructor() {
    loadLatest(
      toObservable(this.workerId),
      (workerId) => this.api.list({ workerId }, null, FILES_SHOWN).pipe(map((page) => page.items)),
      {
        loading: this.loading,
        next: (files) => this.loaded.set(files),
        // A worker out of reach says so once, on the page.
        error: (error) => {
          this.loaded.set(null);
          if (toApiProblem(error).status !== 404) this.notifier.failure(error);
        },
      },
    );
  }
}
