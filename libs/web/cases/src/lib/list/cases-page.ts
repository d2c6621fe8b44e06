import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
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
import { AuthService, keysetList, Notifier, UnitDirectory, UnitSelect } from '@worker-aid/web/core';
import { type CaseQuery, CasesApi } from '@worker-aid/web/data-access';
import { CaseTable } from '@worker-aid/web/records';
import { CASE_TYPE_ICONS, EmptyState, PageHeader } from '@worker-aid/web/ui';
import { merge } from 'rxjs';

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
    UnitSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cases-page.html',
  styleUrl: './cases-page.scss',
})
export class CasesPage {
  private readonly api = inject(CasesApi);
  private readonly notifier = inject(Notifier);
  private readonly units = inject(UnitDirectory);
  protected readonly canWrite = inject(AuthService).can('records:write');
  protected readonly types = CASE_TYPES;
  protected readonly statuses = CASE_STATUSES;
  protected readonly typeIcons = CASE_TYPE_ICONS;

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    type: new FormControl<CaseType | ''>('', { nonNullable: true }),
    status: new FormControl<CaseStatus | ''>('', { nonNullable: true }),
    unitId: new FormControl('', { nonNullable: true }),
  });
  /** The cases of the filters, 25 at a time. */
  protected readonly cases = keysetList<CaseQuery, CaseListItem>({
    fetch: (query, cursor) => this.api.list(query, cursor, PAGE_SIZE),
  });

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    // Selects apply at once; the text applies on Enter or "search".
    const { type, status, unitId } = this.filters.controls;
    merge(type.valueChanges, status.valueChanges, unitId.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.search());
    this.search();
  }

  protected search(): void {
    const { q, ...rest } = this.filters.getRawValue();
    this.cases.load({ ...rest, q: q.trim() });
  }

  protected clear(): void {
    this.filters.reset({ q: '', type: '', status: '', unitId: '' }, { emitEvent: false });
    this.search();
  }
}
