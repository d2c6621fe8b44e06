import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { todayInCenter, type FileListItem } from '@worker-aid/shared/domain';
import { UnitDirectory } from '@worker-aid/web/core';
import { EmptyState, FenPipe, FileStatusChip, TierBadge } from '@worker-aid/web/ui';
import { map } from 'rxjs';
import { daysBetween, reviewDueState } from '../file-dates';

const ALL_COLUMNS = [
  'fileNo',
  'worker',
  'tier',
  'status',
  'perCapita',
  'mainCause',
  'unit',
  'reviewDueOn',
  'dueIn',
];

/** Below this width the rows become cards. */
const PHONE = '(max-width: 599.98px)';

/**
 * The rows of a file list; each opens the file. A table on wide screens, cards on a phone.
 * Rows are `<rowTestId>-<fileNo>`.
 */
@Component({
  selector: 'wa-file-table',
  imports: [MatTableModule, RouterLink, TranslocoPipe, EmptyState, FenPipe, FileStatusChip, TierBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './file-table.html',
  styleUrl: './file-table.scss',
})
export class FileTable {
  private readonly units = inject(UnitDirectory);
  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly today = todayInCenter();

  readonly files = input.required<readonly FileListItem[]>();
  readonly rowTestId = input('file-row');
  /** What an empty list says; null while it loads. */
  readonly empty = input<string | null>(null);
  /** Columns a page leaves out; the days to the annual review only the due list shows. */
  readonly hideColumns = input<readonly string[]>(['dueIn']);

  /** The unit column only helps a user who sees more than one unit. */
  protected readonly columns = computed(() =>
    ALL_COLUMNS.filter(
      (column) =>
        !this.hideColumns().includes(column) && (column !== 'unit' || this.units.units().length > 1),
    ),
  );

  protected dueState(item: FileListItem): string | null {
    return item.status === 'active' ? reviewDueState(item.reviewDueOn, this.today) : null;
  }

  /** Days until the annual review (negative: overdue). */
  protected dueIn(item: FileListItem): number | null {
    return item.reviewDueOn ? daysBetween(this.today, item.reviewDueOn) : null;
  }

  protected unitName(unitId: string): string {
    return this.units.unit(unitId)?.name ?? '—';
  }
}
