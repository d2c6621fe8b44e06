import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DisbursementReport } from '@worker-aid/shared/domain';
import { FenPipe } from '@worker-aid/web/ui';
import { AID_TYPE_ICONS } from '../cards/aid-type-icons';
import { CASE_TYPE_COLORS } from '../charts/chart-palette';
import { campaignLines } from '../data/campaign-lines';

/** 专项活动发放: the period's payments grouped by campaign, each with its name; the cases' aid below. */
@Component({
  selector: 'wa-campaign-panel',
  imports: [DecimalPipe, MatIconModule, TranslocoPipe, FenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './campaign-panel.html',
  styleUrls: ['../page/report-panel.scss', './campaign-panel.scss'],
})
export class CampaignPanel {
  readonly report = input.required<DisbursementReport>();

  protected readonly lines = computed(() => campaignLines(this.report()));
  protected readonly anyCampaign = computed(() => this.lines().some((line) => line.campaignId));
  protected readonly icons = AID_TYPE_ICONS;
  protected readonly colors = CASE_TYPE_COLORS;
}
