import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FileStatus } from '@worker-aid/shared/domain';
import type { StatusTone } from '../status/status-tone';

const TONES: Record<FileStatus, StatusTone> = {
  draft: 'draft',
  submitted: 'waiting',
  active: 'good',
  closed: 'done',
  returned: 'sent-back',
  rejected: 'refused',
  withdrawn: 'withdrawn',
};

/** A hardship file's status (草稿, 已提交, 在档 …) as a small chip, coloured by where the file stands. */
@Component({
  selector: 'wa-file-status-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'wa-file-status-chip',
    '[class]': '"status-" + status() + " tone-" + tone()',
    '[attr.data-status]': 'status()',
  },
  template: `{{ 'files.statuses.' + status() | transloco }}`,
  styleUrl: '../status/status-chip.scss',
})
export class FileStatusChip {
  readonly status = input.required<FileStatus>();
  protected readonly tone = computed(() => TONES[this.status()]);
}
