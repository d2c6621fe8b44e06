import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  todayInCenter,
  type CampaignKind,
  type CampaignListItem,
  type CampaignStatus,
} from '@worker-aid/shared/domain';
import { AuthService, keysetList, urlChoice } from '@worker-aid/web/core';
import { CampaignStatusChip, EmptyState, FenPipe, FilterSelect, PageHeader } from '@worker-aid/web/ui';
import { distinctUntilChanged, map, skip } from 'rxjs';
import { type CampaignQuery, CampaignsApi } from '../data-access/campaigns-api';

const PAGE_SIZE = 25;
/** Below this width the rows become cards. */
const PHONE = '(max-width: 599.98px)';
/** The years the filter offers: next year and the five before this one. */
const YEARS_BACK = 5;

/** 专项活动: the campaigns of the user's unit and below, by status, kind and year; keyset "load more". */
@Component({
  selector: 'wa-campaigns-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    FilterSelect,
    EmptyState,
    FenPipe,
    PageHeader,
    CampaignStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './campaigns-page.html',
  styleUrl: './campaigns-page.scss',
})
export class CampaignsPage {
  private readonly api = inject(CampaignsApi);
  protected readonly canManage = inject(AuthService).can('campaigns:manage');
  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly statuses = CAMPAIGN_STATUSES;
  protected readonly kinds = CAMPAIGN_KINDS;
  protected readonly years = yearChoices(Number(todayInCenter().slice(0, 4)));
  protected readonly columns = [
    'name',
    'kind',
    'year',
    'unit',
    'status',
    'lines',
    'amount',
    'paid',
    'noticeEndsOn',
  ];

  protected readonly filters = new FormGroup({
    status: new FormControl<CampaignStatus | ''>('', { nonNullable: true }),
    kind: new FormControl<CampaignKind | ''>('', { nonNullable: true }),
    year: new FormControl<number | ''>('', { nonNullable: true }),
  });
  protected readonly campaigns = keysetList<CampaignQuery, CampaignListItem>({
    fetch: (query, cursor) => this.api.list(query, cursor, PAGE_SIZE),
  });

  constructor() {
    const { status } = this.filters.controls;
    const route = inject(ActivatedRoute);
    const statusFrom = (params: typeof route.snapshot.queryParamMap) =>
      urlChoice(params, 'status', CAMPAIGN_STATUSES);
    status.setValue(statusFrom(route.snapshot.queryParamMap), { emitEvent: false });
    this.filters.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.search());
    // The same page opened again with another `?status=` (from the inbox).
    route.queryParamMap
      .pipe(map(statusFrom), distinctUntilChanged(), skip(1), takeUntilDestroyed())
      .subscribe((fromUrl) => status.setValue(fromUrl));
    this.search();
  }

  protected search(): void {
    this.campaigns.load(this.filters.getRawValue());
  }

  protected clear(): void {
    this.filters.reset({ status: '', kind: '', year: '' });
  }
}

/** Next year first, then this year and the years before it. */
export function yearChoices(thisYear: number): number[] {
  return Array.from({ length: YEARS_BACK + 2 }, (_, i) => thisYear + 1 - i);
}
