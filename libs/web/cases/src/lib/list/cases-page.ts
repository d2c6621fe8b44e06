import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
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
import { CASE_TYPE_ICONS, EmptyState, FilterSelect, PageHeader } from '@worker-aid/web/ui';
import { merge } from 'rxjs';

const PAGE_SIZE = 25;

/** The filters a link may set in the URL (`/cases?status=approved&payable=true`, the inbox's 待发放). */
interface UrlFilters {
  status: CaseStatus | '';
  payable: boolean;
}

function urlFilters(params: ParamMap): UrlFilters {
  const status = params.get('status') ?? '';
  return {
    status: (CASE_STATUSES as readonly string[]).includes(status) ? (status as CaseStatus) : '',
    payable: params.get('payable') === 'true',
  };
}

/**
 * 帮扶案件: every case in the user's subtree, filtered by type, status, unit and text; keyset "load
 * more". The status and "payable only" (approved, out of notice) come from the URL and go back
 * into it, so a link opens the list filtered and the payable filter shows as a removable chip.
 */
@Component({
  selector: 'wa-cases-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    FilterSelect,
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
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
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
  /** Only approved cases out of their public notice (待发放). */
  protected readonly payable = signal(false);
  /** The cases of the filters, 25 at a time. */
  protected readonly cases = keysetList<CaseQuery, CaseListItem>({
    fetch: (query, cursor) => this.api.list(query, cursor, PAGE_SIZE),
  });

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    // Selects apply at once; the text applies on Enter or "search". The status goes by the URL.
    const { type, status, unitId } = this.filters.controls;
    merge(type.valueChanges, unitId.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.search());
    status.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((value) => this.setUrlFilters({ status: value, payable: this.payable() }));
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const { status: fromUrl, payable } = urlFilters(params);
      status.setValue(fromUrl, { emitEvent: false });
      this.payable.set(payable);
      this.search();
    });
  }

  protected search(): void {
    const { q, ...rest } = this.filters.getRawValue();
    this.cases.load({ ...rest, q: q.trim(), ...(this.payable() ? { payable: true as const } : {}) });
  }

  protected clear(): void {
    this.filters.reset({ q: '', type: '', status: '', unitId: '' }, { emitEvent: false });
    this.setUrlFilters({ status: '', payable: false });
  }

  protected removePayable(): void {
    this.setUrlFilters({ status: this.filters.controls.status.value, payable: false });
  }

  /** Puts the status and the payable filter in the URL (which then searches), or searches when it has them already. */
  private setUrlFilters(wanted: UrlFilters): void {
    const current = urlFilters(this.route.snapshot.queryParamMap);
    if (current.status === wanted.status && current.payable === wanted.payable) {
      this.payable.set(wanted.payable);
      this.search();
      return;
    }
    this.router
      .navigate([], {
        relativeTo: this.route,
        queryParams: { status: wanted.status || null, payable: wanted.payable ? 'true' : null },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      })
      .catch((error: unknown) => this.notifier.failure(error));
  }
}
