import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CampaignLineStatus, CampaignStatus } from '@worker-aid/shared/domain';
import type { StatusTone } from '../status/status-tone';

const CAMPAIGN_TONES: Record<CampaignStatus, StatusTone> = {
  draft: 'draft',
  submitted: 'waiting',
  approved: 'good',
  closed: 'over',
};

const LINE_TONES: Record<CampaignLineStatus, StatusTone> = {
  unpaid: 'draft',
  in_batch: 'waiting',
  paid: 'done',
  excluded: 'withdrawn',
};

/** A campaign's status (草稿, 待审批, 已批准, 已结束) as a small chip. */
@Component({
  selector: 'wa-campaign-status-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"tone-" + tone()', '[attr.data-status]': 'status()' },
  template: `{{ 'campaigns.statuses.' + status() | transloco }}`,
  styleUrl: '../status/status-chip.scss',
})
export class CampaignStatusChip {
  readonly status = input.required<CampaignStatus>();
  protected readonly tone = computed(() => CAMPAIGN_TONES[this.status()]);
}

/** A roster line's status (未发放, 发放中, 已发放, 已剔除) as a small chip; a failed line says so. */
@Component({
  selector: 'wa-line-status-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"tone-" + tone()', '[attr.data-status]': 'status()' },
  template: `{{
    (failed() ? 'campaigns.lineStatuses.failed' : 'campaigns.lineStatuses.' + status()) | transloco
  }}`,
  styleUrl: '../status/status-chip.scss',
})
export class LineStatusChip {
  readonly status = input.required<CampaignLineStatus>();
  /** An unpaid line the bank's results failed. */
  readonly failed = input(false);
  protected readonly tone = computed<StatusTone>(() =>
    this.failed() ? 'waiting' : LINE_TONES[this.status()],
  );
}
