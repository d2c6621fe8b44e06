import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CaseListItem } from '@worker-aid/shared/domain';
import { keysetList, Notifier, UnitDirectory } from '@worker-aid/web/core';
import { type CaseQuery, CasesApi } from '@worker-aid/web/data-access';
import { CaseTable } from '@worker-aid/web/records';
import { EmptyState, PageHeader } from '@worker-aid/web/ui';

const PAGE_SIZE = 50;

/** 待审核: the cases submitted in the reviewer's subtree, oldest decisions first to hand. */
@Component({
  selector: 'wa-review-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    PageHeader,
    EmptyState,
    CaseTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wa-page-header
      [heading]="'review.title' | transloco"
      [subtitle]="
        'review.subtitle' | transloco: { count: queue.items().length + (queue.hasMore() ? '+' : '') }
      "
      icon="fact_check"
    >
      <button
        mat-stroked-button
        actions
        type="button"
        (click)="queue.reload()"
        [disabled]="queue.loading()"
        data-testid="review-reload"
      >
        <mat-icon>refresh</mat-icon>{{ 'common.refresh' | transloco }}
      </button>
    </wa-page-header>
    <mat-card appearance="outlined" class="table-card">
      @if (queue.loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <wa-case-table [cases]="queue.items()" rowTestId="review-row" tableTestId="review-table">
        @if (!queue.loading()) {
          <wa-empty-state icon="task_alt" [message]="'review.empty' | transloco" />
        }
      </wa-case-table>
      @if (queue.hasMore()) {
        <div class="more">
          <button mat-stroked-button type="button" (click)="queue.more()" [disabled]="queue.loading()">
            {{ 'common.loadMore' | transloco }}
          </button>
        </div>
      }
    </mat-card>
  `,
  styles: `
    .table-card {
      overflow: hidden;
      background: var(--mat-sys-surface-container-lowest);
    }
    .more {
      display: flex;
      justify-content: center;
      padding: 12px;
    }
  `,
})
export class ReviewPage {
  private readonly api = inject(CasesApi);
  private readonly notifier = inject(Notifier);
  private readonly units = inject(UnitDirectory);

  /** The submitted cases, 50 at a time. */
  protected readonly queue = keysetList<CaseQuery, CaseListItem>({
    fetch: (query, cursor) => this.api.list(query, cursor, PAGE_SIZE),
  });

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    this.queue.load({ status: 'submitted' });
  }
}
