import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CASE_STATUSES,
  CASE_TYPES,
  type CaseListItem,
  type CaseStatus,
  type CaseType,
} from '@worker-aid/shared/domain';
import { AuthService, Notifier, UNIT_LEVEL_ICONS, UnitDirectory } from '@worker-aid/web/core';
import { CaseTable } from '@worker-aid/web/records';
import { CASE_TYPE_ICONS, EmptyState, PageHeader } from '@worker-aid/web/ui';
import { CasesApi } from '../cases-api';

const PAGE_SIZE = 25;

/** 帮扶案件: every case in the user's subtree, filtered by type, status, unit and text; keyset "load more". */
@Component({
  selector: 'wa-cases-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    PageHeader,
    EmptyState,
    CaseTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cases-page.html',
  styleUrl: './cases-page.scss',
})
export class CasesPage implements OnInit {
  private readonly api = inject(CasesApi);
  private readonly notifier = inject(Notifier);
  protected readonly units = inject(UnitDirectory);
  protected readonly canWrite = inject(AuthService).can('records:write');
  protected readonly types = CASE_TYPES;
  protected readonly statuses = CASE_STATUSES;
  protected readonly typeIcons = CASE_TYPE_ICONS;
  protected readonly levelIcon = UNIT_LEVEL_ICONS;

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    type: new FormControl<CaseType | ''>('', { nonNullable: true }),
    status: new FormControl<CaseStatus | ''>('', { nonNullable: true }),
    unitId: new FormControl('', { nonNullable: true }),
  });
  protected readonly cases = signal<CaseListItem[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);

  constructor() {
    // Selects apply at once; the text applies on Enter or "search".
    for (const control of [
      this.filters.controls.type,
      this.filters.controls.status,
      this.filters.controls.unitId,
    ])
      control.valueChanges.subscribe(() => void this.load(null));
  }

  ngOnInit(): void {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    void this.load(null);
  }

  protected async search(): Promise<void> {
    await this.load(null);
  }

  protected async clear(): Promise<void> {
    this.filters.reset({ q: '', type: '', status: '', unitId: '' }, { emitEvent: false });
    await this.load(null);
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (cursor) await this.load(cursor);
  }

  private async load(cursor: string | null): Promise<void> {
    this.loading.set(true);
    try {
      const { q, ...rest } = this.filters.getRawValue();
      const page = await this.api.list({ ...rest, q: q.trim() }, cursor, PAGE_SIZE);
      this.cases.update((cases) => (cursor ? [...cases, ...page.items] : page.items));
      this.nextCursor.set(page.nextCursor);
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      this.loading.set(false);
    }
  }
}
