import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BatchView } from '@worker-aid/shared/domain';
import { FenPipe } from '@worker-aid/web/ui';
import { batchProgress } from './batch-progress';

/**
 * How far a batch is: one bar split into paid, failed and pending lines (and lines reversed
 * since), with a legend of the counts and the amount paid of the batch's total.
 */
@Component({
  selector: 'wa-batch-progress-bar',
  imports: [TranslocoPipe, FenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = progress();
    <div
      class="bar"
      role="progressbar"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-valuenow]="p.paidPercent"
      [attr.aria-label]="'batches.progress.label' | transloco"
      data-testid="batch-progress"
    >
      <span class="part paid" [style.width.%]="p.paid.share"></span>
      <span class="part failed" [style.width.%]="p.failed.share"></span>
      <span class="part reversed" [style.width.%]="p.reversed.share"></span>
      <span class="part pending" [style.width.%]="p.pending.share"></span>
    </div>
    <ul class="legend">
      <li data-testid="batch-progress-paid">
        <span class="dot paid"></span>{{ 'batches.progress.paid' | transloco: { count: p.paid.lines } }}
        <strong>{{ p.paidAmount | fen }}</strong>
      </li>
      <li data-testid="batch-progress-failed">
        <span class="dot failed"></span>{{ 'batches.progress.failed' | transloco: { count: p.failed.lines } }}
      </li>
      <li data-testid="batch-progress-pending">
        <span class="dot pending"></span
        >{{ 'batches.progress.pending' | transloco: { count: p.pending.lines } }}
      </li>
      @if (p.reversed.lines > 0) {
        <li data-testid="batch-progress-reversed">
          <span class="dot reversed"></span
          >{{ 'batches.progress.reversed' | transloco: { count: p.reversed.lines } }}
        </li>
      }
      <li class="total" data-testid="batch-progress-total">
        {{ 'batches.progress.total' | transloco: { percent: p.paidPercent } }}
        <strong>{{ p.amount | fen }}</strong>
      </li>
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .bar {
      display: flex;
      height: 12px;
      overflow: hidden;
      border-radius: 6px;
      background: var(--mat-sys-surface-container-highest);
    }
    .part {
      height: 100%;
    }
    .paid {
      background: var(--wa-success, #2e7d32);
    }
    .failed {
      background: var(--mat-sys-error);
    }
    .reversed {
      background: var(--mat-sys-outline);
    }
    .pending {
      background: var(--mat-sys-surface-container-highest);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 20px;
      margin: 10px 0 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-medium);
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .legend strong {
      font-variant-numeric: tabular-nums;
    }
    .dot {
      width: 10px;
      height: 10px;
      border-radius: 50%;
    }
    .dot.pending {
      border: 1px solid var(--mat-sys-outline);
    }
    .total {
      margin-left: auto;
      color: var(--mat-sys-on-surface-variant);
    }
    @media (max-width: 599.98px) {
      .total {
        margin-left: 0;
      }
    }
  `,
})
export class BatchProgressBar {
  readonly batch = input.required<BatchView>();
  protected readonly progress = computed(() => batchProgress(this.batch()));
}
