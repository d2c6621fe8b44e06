import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BatchLineView } from '@worker-aid/shared/domain';
import { EmptyState, FenPipe } from '@worker-aid/web/ui';
import { map } from 'rxjs';
import { receivable } from './batch-progress';

const PHONE = '(max-width: 599.98px)';
const COLUMNS = ['lineNo', 'name', 'idNumber', 'unit', 'amount', 'outcome', 'failure'];

/**
 * The lines of a batch: a table on wide screens, cards on a phone. For a cash or in-kind batch
 * whose receipts the user may record, the pending lines have checkboxes.
 */
@Component({
  selector: 'wa-batch-lines',
  imports: [MatCheckboxModule, MatTableModule, TranslocoPipe, EmptyState, FenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './batch-lines.html',
  styleUrl: './batch-lines.scss',
})
export class BatchLines {
  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  readonly lines = input.required<readonly BatchLineView[]>();
  /** Pending lines can be ticked for a receipt. */
  readonly selectable = input(false);
  readonly selected = input<ReadonlySet<string>>(new Set());
  /** What an empty list says; null while it loads. */
  readonly empty = input<string | null>(null);
  readonly toggled = output<BatchLineView>();
  /** Every pending line shown, or none when all are ticked. */
  readonly toggledAll = output<void>();

  protected readonly columns = computed(() => (this.selectable() ? ['select', ...COLUMNS] : COLUMNS));
  protected readonly receivable = receivable;
  private readonly pendingShown = computed(() => this.lines().filter(receivable));
  protected readonly allTicked = computed(
    () => this.pendingShown().length > 0 && this.pendingShown().every((line) => this.selected().has(line.id)),
  );
  protected readonly someTicked = computed(
    () => !this.allTicked() && this.pendingShown().some((line) => this.selected().has(line.id)),
  );
}
