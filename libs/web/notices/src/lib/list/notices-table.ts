import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { NoticeItem } from '@worker-aid/shared/domain';
import { EmptyState, FenPipe } from '@worker-aid/web/ui';
import { map } from 'rxjs';
import { aidKey, lineKey, recordLink, spansUnits } from '../notice-lines';

/** Below this width the rows become cards. */
const PHONE = '(max-width: 599.98px)';

/** The masked roster; each line opens its case, file or campaign. A table on wide screens, cards on a phone. */
@Component({
  selector: 'wa-notices-table',
  imports: [MatTableModule, RouterLink, TranslocoPipe, EmptyState, FenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notices-table.html',
  styleUrl: './notices-table.scss',
})
export class NoticesTable {
  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  readonly items = input.required<readonly NoticeItem[]>();
  /** What an empty list says; null while it loads. */
  readonly empty = input<string | null>(null);

  protected readonly lines = computed(() =>
    this.items().map((item) => ({
      ...item,
      key: lineKey(item),
      aidKey: aidKey(item.aid),
      link: recordLink(item),
    })),
  );
  protected readonly columns = computed(() => [
    'reference',
    'name',
    'idNumber',
    'aid',
    'amount',
    ...(spansUnits(this.items()) ? ['unit'] : []),
    'period',
  ]);
}
