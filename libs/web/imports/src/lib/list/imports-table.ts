import { DecimalPipe } from '@angular/common';
import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ImportSummary } from '@worker-aid/shared/domain';
import { DateTimePipe, EmptyState } from '@worker-aid/web/ui';
import { map } from 'rxjs';
import { ImportStatusChip } from '../shared/import-status-chip';

const COLUMNS = ['fileName', 'createdAt', 'status', 'total', 'valid', 'invalid', 'duplicates', 'imported'];

/** Below this width the rows become cards. */
const PHONE = '(max-width: 599.98px)';

/** The recent imports; each row opens its import. A table on wide screens, cards on a phone. */
@Component({
  selector: 'wa-imports-table',
  imports: [
    DecimalPipe,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    EmptyState,
    ImportStatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './imports-table.html',
  styleUrl: './imports-table.scss',
})
export class ImportsTable {
  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = COLUMNS;

  readonly imports = input.required<readonly ImportSummary[]>();
  readonly lang = input.required<string>();
  /** What an empty list says; null while it loads. */
  readonly empty = input<string | null>(null);
}
