import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  type WritableSignal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AID_TYPES, todayInCenter, type AidType, type ReportFormat } from '@worker-aid/shared/domain';
import {
  AuthService,
  LanguageService,
  loadLatest,
  Notifier,
  problemMessageKey,
  saveFile,
  toApiProblem,
  UNIT_LEVEL_ICONS,
  UnitDirectory,
} from '@worker-aid/web/core';
import { ErrorBox, PageHeader } from '@worker-aid/web/ui';
import { CampaignPanel } from '../campaigns/campaign-panel';
import { ReportCards } from '../cards/report-cards';
import type { ChartLabels } from '../charts/chart-types';
import { childrenOf, drillPath } from '../data/drill-path';
import { reportCards, trend, unitLines } from '../data/report-figures';
import { monthsBetween, queryFromParams, queryParams, type ReportQuery } from '../data/report-query';
import { type Dashboard, filesReportDay, type ReportFile, ReportsApi } from '@worker-aid/web/data-access';
import {
  combineLatest,
  distinctUntilChanged,
  firstValueFrom,
  map,
  type Observable,
  startWith,
  Subject,
  tap,
} from 'rxjs';
import { FilesPanel } from '../files/files-panel';
import { ReportFilters } from '../filters/report-filters';
import { LegalPanel } from '../legal/legal-panel';
import { TrendPanel } from '../trend/trend-panel';
import { UnitPanel } from '../units/unit-panel';

/** What the export files are grouped by: each unit below the selected one, split by kind of aid. */
export const EXPORT_GROUPS = ['unit', 'type'] as const;

/**
 * 统计报表: the manager's dashboard for a period and a unit (with everything below it). The query
 * lives in the URL, so drilling down is a history step and the breadcrumb goes back up.
 */
@Component({
  selector: 'wa-reports-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    PageHeader,
    ErrorBox,
    ReportFilters,
    ReportCards,
    TrendPanel,
    UnitPanel,
    CampaignPanel,
    LegalPanel,
    FilesPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reports-page.html',
  styleUrl: './reports-page.scss',
})
export class ReportsPage {
  private readonly api = inject(ReportsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly notifier = inject(Notifier);
  private readonly document = inject(DOCUMENT);
  protected readonly units = inject(UnitDirectory);
  protected readonly levelIcon = UNIT_LEVEL_ICONS;

  /** Query parameters (bound by the router). */
  readonly from = input<string>();
  readonly to = input<string>();
  readonly unitId = input<string>();

  protected readonly today = todayInCenter();
  private readonly ownUnitId = computed(() => this.auth.currentUser()?.unitId ?? '');
  protected readonly query = computed(() =>
    queryFromParams(
      { from: this.from(), to: this.to(), unitId: this.unitId() },
      this.today,
      this.ownUnitId(),
    ),
  );
  protected readonly path = computed(() =>
    drillPath(this.query().unitId, this.ownUnitId(), (id) => this.units.unit(id)),
  );

  /** The last dashboard loaded, with the query it answers. */
  private readonly loaded = signal<{ query: ReportQuery; dashboard: Dashboard } | null>(null);
  protected readonly loading = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorLines = signal<string[]>([]);
  protected readonly exporting = signal<ReportFormat | null>(null);
  protected readonly exportingFiles = signal<ReportFormat | null>(null);
  /** Ticks when the same query is asked for again (查询 without a change). */
  private readonly reloads = new Subject<void>();

  protected readonly view = computed(() => {
    const loaded = this.loaded();
    if (!loaded) return null;
    const { query, dashboard } = loaded;
    return {
      query,
      cards: reportCards(dashboard.byType),
      trend: trend(dashboard.byTypeMonth.rows, monthsBetween(query.from, query.to)),
      unitLines: unitLines(
        query.unitId,
        dashboard.byUnit,
        dashboard.byUnitType,
        childrenOf(query.unitId, this.units.units()),
      ),
      unitTotals: dashboard.byUnit.totals,
      byTypeCampaign: dashboard.byTypeCampaign,
      legal: dashboard.legal,
      files: dashboard.files,
      filesOn: filesReportDay(query, this.today),
    };
  });

  private readonly translation = toSignal(this.transloco.selectTranslation());
  protected readonly chartLabels = computed<ChartLabels>(() => {
    this.translation();
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    return {
      language: this.language.active(),
      typeNames: Object.fromEntries(AID_TYPES.map((type) => [type, t(`caseTypes.${type}`)])) as Record<
        AidType,
        string
      >,
      amount: t('reports.figures.amountYuan'),
      persons: t('reports.figures.persons'),
      personTimes: t('reports.figures.personTimes'),
      personsUnit: t('reports.figures.personsUnit'),
      personTimesUnit: t('reports.figures.personTimesUnit'),
      total: t('reports.figures.total'),
      ownUnit: (name: string) => t('reports.units.own', { name }),
    };
  });

  constructor() {
    void this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    const queries = toObservable(this.query).pipe(
      distinctUntilChanged((a, b) => a.from === b.from && a.to === b.to && a.unitId === b.unitId),
    );
    loadLatest(
      combineLatest([queries, this.reloads.pipe(startWith(undefined))]).pipe(
        map(([query]) => query),
        tap(() => {
          this.errorKey.set(null);
          this.errorLines.set([]);
        }),
      ),
      (query) => this.api.dashboard(query, this.today).pipe(map((dashboard) => ({ query, dashboard }))),
      {
        loading: this.loading,
        next: (loaded) => this.loaded.set(loaded),
        error: (error) => {
          // Figures of another query under an error would mislead: the page shows the error alone.
          this.loaded.set(null);
          const problem = toApiProblem(error);
          this.errorKey.set(problemMessageKey(problem));
          this.errorLines.set(problem.messages);
        },
      },
    );
  }

  /** Shows the report for the query (a new URL); the same query again reloads it. */
  protected apply(query: ReportQuery): void {
    const current = this.query();
    if (query.from === current.from && query.to === current.to && query.unitId === current.unitId) {
      this.reloads.next();
      return;
    }
    void this.router.navigate([], { relativeTo: this.route, queryParams: queryParams(query) });
  }

  protected drill(unitId: string): void {
    this.apply({ ...this.query(), unitId });
  }

  protected export(format: ReportFormat): Promise<void> {
    const query = this.query();
    return this.save(
      this.api.download(query, EXPORT_GROUPS, format, this.language.active()),
      `${this.transloco.translate('reports.fileName')}-${query.from}-${query.to}.${format}`,
      this.exporting,
      format,
    );
  }

  /** The files section's download: the files on the day the section shows. */
  protected exportFiles(format: ReportFormat): Promise<void> {
    const query = { on: filesReportDay(this.query(), this.today), unitId: this.query().unitId };
    return this.save(
      this.api.downloadFiles(query, format, this.language.active()),
      `${this.transloco.translate('reports.files.fileName')}-${query.on}.${format}`,
      this.exportingFiles,
      format,
    );
  }

  private async save(
    download: Observable<ReportFile>,
    fallbackName: string,
    busy: WritableSignal<ReportFormat | null>,
    format: ReportFormat,
  ): Promise<void> {
    busy.set(format);
    try {
      const file = await firstValueFrom(download);
      saveFile(this.document, file.blob, file.filename ?? fallbackName);
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      busy.set(null);
    }
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
