import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CaseStatus } from '@worker-aid/shared/domain';
import type { StatusTone } from '../status/status-tone';

const TONES: Record<CaseStatus, StatusTone> = {
  draft: 'draft',
  submitted: 'waiting',
  approved: 'good',
  disbursed: 'done',
  closed: 'over',
  returned: 'sent-back',
  rejected: 'refused',
  withdrawn: 'withdrawn',
};

/** A case's status (草稿, 待审核, 已批准 …) as a small chip, coloured by where the case stands. */
@Component({
  selector: 'wa-case-status-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'wa-case-status-chip',
    '[class]': '"status-" + status() + " tone-" + tone()',
    '[attr.data-status]': 'status()',
  },
  template: `{{ 'caseStatuses.' + status() | transloco }}`,
  styleUrl: '../status/status-chip.scss',
})
export class CaseStatusChip {
  readonly status = input.required<CaseStatus>();
  protected readonly tone = computed(() => TONES[this.status()]);
}
