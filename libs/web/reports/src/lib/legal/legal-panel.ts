import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { LegalReport } from '@worker-aid/shared/domain';
import { FenPipe } from '@worker-aid/web/ui';
import { legalByKind } from '../data/report-figures';

/** 法律援助成效: cases taken on, closed, 挽回经济损失, and the split by dispute kind. */
@Component({
  selector: 'wa-legal-panel',
  imports: [DecimalPipe, PercentPipe, MatIconModule, TranslocoPipe, FenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './legal-panel.html',
  styleUrls: ['../page/report-panel.scss', '../page/report-stats.scss', './legal-panel.scss'],
})
export class LegalPanel {
  readonly legal = input.required<LegalReport>();

  protected readonly kinds = computed(() => legalByKind(this.legal()));
  protected readonly closedShare = computed(() => {
    const { cases, closed } = this.legal();
    return cases > 0 ? closed / cases : 0;
  });
  private readonly maxRecovered = computed(() =>
    Math.max(0, ...this.kinds().map((kind) => kind.recoveredAmount)),
  );

  protected barWidth(recovered: number): number {
    const max = this.maxRecovered();
    return max > 0 ? (recovered / max) * 100 : 0;
  }
}
