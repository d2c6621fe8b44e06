import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReportFigures } from '@worker-aid/shared/domain';
import { EmptyState, FenPipe } from '@worker-aid/web/ui';
import type { ChartLabels } from '../charts/chart-types';
import { ReportChart } from '../charts/report-chart';
import { unitChartHeight, unitOptions } from '../charts/unit-options';
import type { UnitLine } from '../data/report-figures';

/**
 * 下级单位发放情况: the units directly below the selected unit (each with its subtree) as bars and
 * as a table with a totals row; clicking a unit drills down into it.
 */
@Component({
  selector: 'wa-unit-panel',
  imports: [DecimalPipe, MatIconModule, TranslocoPipe, EmptyState, FenPipe, ReportChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unit-panel.html',
  styleUrls: ['../page/report-panel.scss', './unit-panel.scss'],
})
export class UnitPanel {
  readonly lines = input.required<readonly UnitLine[]>();
  readonly totals = input.required<ReportFigures>();
  readonly labels = input.required<ChartLabels>();
  /** A unit line was chosen: open that unit. */
  readonly drill = output<string>();

  protected readonly options = computed(() => unitOptions(this.lines(), this.labels()));
  protected readonly height = computed(() => unitChartHeight(this.lines().length));
  /** The chart compares units below: pointless for a unit without any (only its own line). */
  protected readonly leaf = computed(() => this.lines().every((line) => line.own));
  protected readonly showChart = computed(
    () => !this.leaf() && this.lines().some((line) => line.personTimes !== 0),
  );

  protected open(line: UnitLine | undefined): void {
    if (line && !line.own) this.drill.emit(line.unitId);
  }

  protected openIndex(index: number): void {
    this.open(this.lines()[index]);
  }
}
