import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ImportStatus } from '@worker-aid/shared/domain';

/** The tones of web-ui's `status-chip.scss` an import takes. */
type ImportTone = 'waiting' | 'good' | 'done' | 'refused';

const TONES: Record<ImportStatus, ImportTone> = {
  queued: 'waiting',
  validating: 'waiting',
  validated: 'good',
  importing: 'waiting',
  done: 'done',
  failed: 'refused',
};

/** An import's status (排队中, 校验中, 待确认 …) as a small chip, in the colours of the other status chips. */
@Component({
  selector: 'wa-import-status-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': '"status-" + status() + " tone-" + tone()',
    '[attr.data-status]': 'status()',
  },
  template: `{{ 'imports.statuses.' + status() | transloco }}`,
  // The one look of every status chip; web-ui keeps it, no feature has a copy.
  styleUrl: '../../../../ui/src/lib/status/status-chip.scss',
})
export class ImportStatusChip {
  readonly status = input.required<ImportStatus>();
  protected readonly tone = computed(() => TONES[this.status()]);
}
