import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  lineReinstatable,
  lineTakesObjection,
  todayInCenter,
  type CampaignLineView,
  type CampaignView,
} from '@worker-aid/shared/domain';
import { EmptyState, FenPipe, LineStatusChip, TierBadge } from '@worker-aid/web/ui';
import type { LineChange } from './line-dialog';

/** A change a roster line's buttons ask for; the page opens the dialog. */
export interface RosterEdit {
  line: CampaignLineView;
  change: LineChange | 'objection';
}

/**
 * A campaign's roster (名单): a table on wide screens, cards on a phone, each line with its edits
 * (include again; exclude, change the amount) when the roster may be edited, and during and after
 * the notice 登记异议 on a line to be paid, 恢复发放 on a line an objection held.
 */
@Component({
  selector: 'wa-campaign-roster',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatTableModule,
    TranslocoPipe,
    EmptyState,
    FenPipe,
    LineStatusChip,
    TierBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './campaign-roster.html',
  styleUrl: './campaign-roster.scss',
})
export class CampaignRoster {
  readonly lines = input.required<readonly CampaignLineView[]>();
  readonly campaign = input.required<CampaignView>();
  /** The roster may be edited: each line has its buttons. */
  readonly editable = input(false);
  /** The user may record objections and the campaign is in notice. */
  readonly objections = input(false);
  /** The user may put back a line an objection held (a reviewer, not the creator). */
  readonly reinstate = input(false);
  /** Lines are being read: no "no lines" meanwhile. */
  readonly loading = input(false);
  /** Cards rather than a table. */
  readonly phone = input(false);
  readonly edit = output<RosterEdit>();

  protected readonly columns = computed(() => [
    'lineNo',
    'worker',
    'idNumber',
    'unit',
    'tier',
    'standardAmount',
    'amount',
    'status',
    'reason',
    ...(this.editable() || this.objections() || this.reinstate() ? ['edit'] : []),
  ]);
  private readonly today = todayInCenter();

  /** The edits a line offers, each a button: 登记异议 or 恢复发放 after approval, else a draft's edits. */
  protected actionsOf(line: CampaignLineView): RosterEdit['change'][] {
    if (this.objections() && lineTakesObjection(this.campaign(), line, this.today)) return ['objection'];
    if (this.reinstate() && lineReinstatable(this.campaign(), line)) return ['reinstate'];
    if (!this.editable()) return [];
    return line.status === 'excluded' ? ['include'] : ['exclude', 'amount'];
  }
}
