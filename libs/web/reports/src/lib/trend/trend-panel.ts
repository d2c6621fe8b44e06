import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { EmptyState } from '@worker-aid/web/ui';
import type { ChartLabels } from '../charts/chart-types';
import { ReportChart } from '../charts/report-chart';
import { trendOptions } from '../charts/trend-options';
import type { Trend } from '../data/report-figures';

/** 月度发放趋势: the amount paid per month, stacked by kind of aid. */
@Component({
  selector: 'wa-trend-panel',
  imports: [TranslocoPipe, EmptyState, ReportChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="panel-head">
      <h2>{{ 'reports.trend.title' | transloco }}</h2>
      <p class="hint">{{ 'reports.trend.subtitle' | transloco }}</p>
    </header>
    @if (trend().series.length > 0) {
      <wa-report-chart
        [options]="options()"
        [height]="300"
        [label]="'reports.trend.title' | transloco"
        data-testid="report-trend-chart"
      />
    } @else {
      <wa-empty-state
        icon="bar_chart"
        [message]="'reports.trend.empty' | transloco"
        data-testid="report-trend-chart"
      />
    }
  `,
  styleUrl: '../page/report-panel.scss',
})
export class TrendPanel {
  readonly trend = input.required<Trend>();
  readonly labels = input.required<ChartLabels>();
  protected readonly options = computed(() => trendOptions(this.trend(), this.labels()));
}
