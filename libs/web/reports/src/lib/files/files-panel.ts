import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FilesReport, ReportFormat } from '@worker-aid/shared/domain';
import { FILE_TIER_COLORS } from '../charts/chart-palette';
import { causeLines, tierLines, yearStart } from '../data/files-figures';

/**
 * 困难职工档案: the files on the report's day — households and people in the files, by tier and
 * by main cause — and the exits and relapses of that day's year; downloadable on its own.
 */
@Component({
  selector: 'wa-files-panel',
  imports: [DecimalPipe, MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './files-panel.html',
  styleUrls: ['../page/report-panel.scss', '../page/report-stats.scss', './files-panel.scss'],
})
export class FilesPanel {
  readonly files = input.required<FilesReport>();
  /** The day the files are counted on. */
  readonly on = input.required<string>();
  /** The format being downloaded, if any (both buttons wait for it). */
  readonly exporting = input<ReportFormat | null>(null);
  readonly download = output<ReportFormat>();

  protected readonly tierColors = FILE_TIER_COLORS;
  protected readonly tiers = computed(() => tierLines(this.files()));
  protected readonly causes = computed(() => causeLines(this.files()));
  protected readonly yearStart = computed(() => yearStart(this.on()));
}
