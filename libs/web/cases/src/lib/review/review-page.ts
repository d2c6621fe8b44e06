import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CaseListItem } from '@worker-aid/shared/domain';
import { Notifier, UnitDirectory } from '@worker-aid/web/core';
import { CaseTable } from '@worker-aid/web/records';
import { EmptyState, PageHeader } from '@worker-aid/web/ui';
import { CasesApi } from '../cases-api';

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
      [subtitle]="'review.subtitle' | transloco: { count: cases().length + (nextCursor() ? '+' : '') }"
      icon="fact_check"
    >
      <button
        mat-stroked-button
        actions
        type="button"
        (click)="reload()"
        [disabled]="loading()"
        data-testid="review-reload"
      >
        <mat-icon>refresh</mat-icon>{{ 'common.refresh' | transloco }}
      </button>
    </wa-page-header>
    <mat-card appearance="outlined" class="table-card">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <wa-case-table [cases]="cases()" rowTestId="review-row" tableTestId="review-table">
        @if (!loading()) {
          <wa-empty-state icon="task_alt" [message]="'review.empty' | transloco" />
        }
      </wa-case-table>
      @if (nextCursor()) {
        <div class="more">
          <button mat-stroked-button type="button" (click)="loadMore()" [disabled]="loading()">
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
export class ReviewPage implements OnInit {
  private readonly api = inject(CasesApi);
  private readonly notifier = inject(Notifier);
  private readonly units = inject(UnitDirectory);

  protected readonly cases = signal<CaseListItem[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);

  ngOnInit(): void {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    void this.load(null);
  }

  protected async reload(): Promise<void> {
    await this.load(null);
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (cursor) await this.load(cursor);
  }

  private async load(cursor: string | null): Promise<void> {
    this.loading.set(true);
    try {
      const page = await this.api.list({ status: 'submitted' }, cursor, PAGE_SIZE);
      this.cases.update((cases) => (cursor ? [...cases, ...page.items] : page.items));
      this.nextCursor.set(page.nextCursor);
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      this.loading.set(false);
    }
  }
}
