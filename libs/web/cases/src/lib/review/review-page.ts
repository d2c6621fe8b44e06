import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CaseListItem } from '@worker-aid/shared/domain';
import { AuthService, keysetList, loadLatest, Notifier, UnitDirectory } from '@worker-aid/web/core';
import { ApprovalPolicyApi, type CaseQuery, CasesApi } from '@worker-aid/web/data-access';
import { CaseTable } from '@worker-aid/web/records';
import { EmptyState, PageHeader } from '@worker-aid/web/ui';
import { of } from 'rxjs';

const PAGE_SIZE = 50;

/**
 * 待审核: the reviewer's queue (`?review=true`): with an approval policy, the submitted cases of
 * their subtree that await their level's step; without one, every submitted case of the subtree
 * — never their own.
 */
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
      [subtitle]="subtitleKey() | transloco: { count: count(), unit: unitName() }"
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
  private readonly policies = inject(ApprovalPolicyApi);
  private readonly auth = inject(AuthService);

  /** The cases awaiting the user, 50 at a time. */
  protected readonly queue = keysetList<CaseQuery, CaseListItem>({
    fetch: (query, cursor) => this.api.list(query, cursor, PAGE_SIZE),
  });
  /** Whether an approval policy is configured (the queue then follows the levels); null until known. */
  private readonly byLevel = signal<boolean | null>(null);
  private readonly ownUnit = computed(() => this.units.unit(this.auth.currentUser()?.unitId) ?? null);
  protected readonly unitName = computed(() => this.ownUnit()?.name ?? '');
  protected readonly count = computed(() => `${this.queue.items().length}${this.queue.hasMore() ? '+' : ''}`);
  /** What the queue holds: the cases awaiting the user's level, or (no policy) every submitted one. */
  protected readonly subtitleKey = computed(() => {
    const level = this.ownUnit()?.level;
    return this.byLevel() && level ? `approval.review.subtitle.${level}` : 'review.subtitle';
  });

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    loadLatest(of(null), () => this.policies.current(), {
      next: (view) => this.byLevel.set(view.configured),
      // Only the subtitle depends on it: the general one stays.
      error: () => this.byLevel.set(null),
    });
    this.queue.load({ review: true });
  }
}
