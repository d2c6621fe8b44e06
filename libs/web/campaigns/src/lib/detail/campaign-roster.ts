import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CampaignLineView } from '@worker-aid/shared/domain';
import { EmptyState, FenPipe, LineStatusChip, TierBadge } from '@worker-aid/web/ui';
import type { LineChange } from './line-dialog';

/** A change a roster line's buttons ask for; the page opens the dialog. */
export interface RosterEdit {
  line: CampaignLineView;
  change: LineChange;
}

/**
 * A campaign's roster (名单): a table on wide screens, cards on a phone, each line with its edits
 * (include again; exclude, change the amount) when the roster may be edited.
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
  /** The roster may be edited: each line has its buttons. */
  readonly editable = input(false);
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
    ...(this.editable() ? ['edit'] : []),
  ]);
}
