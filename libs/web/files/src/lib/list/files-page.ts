import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ActivatedRoute, type ParamMap, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  FILE_STATUSES,
  FILE_TIERS,
  type FileListItem,
  type FileStatus,
  type FileTier,
} from '@worker-aid/shared/domain';
import {
  AuthService,
  keysetList,
  Notifier,
  UnitDirectory,
  UnitSelect,
  urlChoice,
} from '@worker-aid/web/core';
import { type FileQuery, FilesApi } from '@worker-aid/web/data-access';
import { FilterSelect, PageHeader } from '@worker-aid/web/ui';
import { distinctUntilChanged, map, merge, skip } from 'rxjs';
import { FileTable } from './file-table';
import { FilesTabs } from './files-tabs';

const PAGE_SIZE = 25;

/**
 * 困难职工档案: the files in the user's subtree by tier, status, unit, text and review due; keyset
 * "load more". `?status=` in the URL picks the status (the inbox links to `?status=submitted`).
 */
@Component({
  selector: 'wa-files-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    TranslocoPipe,
    FilterSelect,
    PageHeader,
    FileTable,
    FilesTabs,
    UnitSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './files-page.html',
  styleUrl: './files-page.scss',
})
export class FilesPage {
  private readonly api = inject(FilesApi);
  private readonly notifier = inject(Notifier);
  private readonly units = inject(UnitDirectory);
  protected readonly canWrite = inject(AuthService).can('records:write');
  protected readonly tiers = FILE_TIERS;
  protected readonly statuses = FILE_STATUSES;

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    tier: new FormControl<FileTier | ''>('', { nonNullable: true }),
    status: new FormControl<FileStatus | ''>('', { nonNullable: true }),
    unitId: new FormControl('', { nonNullable: true }),
    reviewDue: new FormControl(false, { nonNullable: true }),
  });
  protected readonly files = keysetList<FileQuery, FileListItem>({
    fetch: (query, cursor) => this.api.list(query, cursor, PAGE_SIZE),
  });

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    // Selects and the toggle apply at once; the text applies on Enter or "search".
    const { tier, status, unitId, reviewDue } = this.filters.controls;
    const route = inject(ActivatedRoute);
    status.setValue(statusFrom(route.snapshot.queryParamMap), { emitEvent: false });
    merge(tier.valueChanges, status.valueChanges, unitId.valueChanges, reviewDue.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.search());
    // The same page opened again with another `?status=` (from the navigation or the inbox).
    route.queryParamMap
      .pipe(map(statusFrom), distinctUntilChanged(), skip(1), takeUntilDestroyed())
      .subscribe((fromUrl) => status.setValue(fromUrl));
    this.search();
  }

  protected search(): void {
    const { q, ...rest } = this.filters.getRawValue();
    this.files.load({ ...rest, q: q.trim() });
  }

  protected clear(): void {
    this.filters.reset({ q: '', tier: '', status: '', unitId: '', reviewDue: false }, { emitEvent: false });
    this.search();
  }
}

/** The status the URL asks for; all statuses for none or an unknown one. */
const statusFrom = (params: ParamMap): FileStatus | '' => urlChoice(params, 'status', FILE_STATUSES);
