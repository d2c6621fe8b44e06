import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { REVIEW_DUE_WITHIN_DAYS, type FileListItem } from '@worker-aid/shared/domain';
import { keysetList, Notifier, UnitDirectory, UnitSelect } from '@worker-aid/web/core';
import { type FileQuery, FilesApi } from '@worker-aid/web/data-access';
import { PageHeader } from '@worker-aid/web/ui';
import { FileTable } from '../list/file-table';
import { FilesTabs } from '../list/files-tabs';

const PAGE_SIZE = 50;

/** 年审到期: active files whose annual review is due within 30 days or past, most overdue first (as the API lists them). */
@Component({
  selector: 'wa-review-due-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    PageHeader,
    FileTable,
    FilesTabs,
    UnitSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-due-page.html',
  styleUrl: './due-pages.scss',
})
export class ReviewDuePage {
  private readonly api = inject(FilesApi);
  private readonly notifier = inject(Notifier);
  private readonly units = inject(UnitDirectory);
  protected readonly withinDays = REVIEW_DUE_WITHIN_DAYS;
  protected readonly unitId = signal('');

  protected readonly files = keysetList<FileQuery, FileListItem>({
    fetch: (query, cursor) => this.api.list(query, cursor, PAGE_SIZE),
  });

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    this.pick('');
  }

  protected pick(unitId: string): void {
    this.unitId.set(unitId);
    this.files.load({ reviewDue: true, unitId });
  }
}
