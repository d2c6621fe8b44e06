import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { FenPipe } from '@worker-aid/web/ui';
import { CASE_TYPE_COLORS } from '../charts/chart-palette';
import type { AidType } from '@worker-aid/shared/domain';
import { AID_TYPE_ICONS } from './aid-type-icons';
import type { ReportCard } from '../data/report-figures';

type KindCard = ReportCard & { key: AidType };

/** The headline figures: the total of all aid as a band, then one card per kind of aid. */
@Component({
  selector: 'wa-report-cards',
  imports: [DecimalPipe, PercentPipe, MatIconModule, TranslocoPipe, FenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-cards.html',
  styleUrl: './report-cards.scss',
})
export class ReportCards {
  readonly cards = input.required<readonly ReportCard[]>();
  protected readonly icons = AID_TYPE_ICONS;
  protected readonly colors = CASE_TYPE_COLORS;

  protected total(): ReportCard | undefined {
    return this.cards().find((card) => card.key === 'total');
  }

  protected kinds(): KindCard[] {
    return this.cards().filter((card): card is KindCard => card.key !== 'total');
  }
}
