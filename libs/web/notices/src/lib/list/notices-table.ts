import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { NoticeItem } from '@worker-aid/shared/domain';
import { EmptyState, FenPipe } from '@worker-aid/web/ui';
import { map } from 'rxjs';
import { aidKey, lineKey, recordLink, spansUnits } from '../notice-lines';

/** Below this width the rows become cards. */
const PHONE = '(max-width: 599.98px)';
/** Lines a page shows: a center's notice may list thousands, the print sheet has them all. */
const PAGE_SIZE = 100;

/** The masked roster; each line opens its case, file or campaign. A table on wide screens, cards on a phone. */
@Component({
  selector: 'wa-notices-table',
  imports: [MatPaginatorModule, MatTableModule, RouterLink, TranslocoPipe, EmptyState, FenPipe],
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

  protected readonly pageSize = PAGE_SIZE;
  protected readonly pageIndex = signal(0);
  protected readonly lines = computed(() => {
    const start = this.pageIndex() * PAGE_SIZE;
    return this.items()
      .slice(start, start + PAGE_SIZE)
      .map((item) => ({
        ...item,
        key: lineKey(item),
        aidKey: aidKey(item.aid),
        link: recordLink(item),
      }));
  });

  constructor() {
    // Another unit's lines start on their first page.
    effect(() => {
      this.items();
      this.pageIndex.set(0);
    });
  }

  protected page(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }
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
