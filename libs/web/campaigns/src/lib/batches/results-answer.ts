import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BatchResultsAnswer } from '@worker-aid/shared/domain';
import { FenPipe } from '@worker-aid/web/ui';

/**
 * What the bank's results did: lines paid (and their amount), failed, already paid by an earlier
 * upload, and the lines refused one by one with their reason, translated from its code.
 */
@Component({
  selector: 'wa-results-answer',
  imports: [MatIconModule, TranslocoPipe, FenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = answer();
    <div class="figures" role="status" data-testid="batch-results-answer">
      <span class="figure paid" data-testid="batch-results-paid">
        <mat-icon aria-hidden="true">check_circle</mat-icon>
        {{ 'batches.results.paid' | transloco: { count: a.paid } }} <strong>{{ a.paidAmount | fen }}</strong>
      </span>
      <span class="figure failed" data-testid="batch-results-failed">
        <mat-icon aria-hidden="true">cancel</mat-icon
        >{{ 'batches.results.failed' | transloco: { count: a.failed } }}
      </span>
      <span class="figure" data-testid="batch-results-already">
        <mat-icon aria-hidden="true">done_all</mat-icon
        >{{ 'batches.results.alreadyPaid' | transloco: { count: a.alreadyPaid } }}
      </span>
      <span class="figure" [class.failed]="a.refused.length > 0" data-testid="batch-results-refused-count">
        <mat-icon aria-hidden="true">block</mat-icon
        >{{ 'batches.results.refused' | transloco: { count: a.refused.length } }}
      </span>
    </div>
    @if (refusals().length > 0) {
      <ul class="refusals" data-testid="batch-results-refusals">
        @for (r of refusals(); track $index) {
          <li data-testid="batch-results-refusal">
            <span class="where">{{ r.whereKey | transloco: r.whereParams }}</span>
            <span>{{ r.reasonKey | transloco }}</span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 20px;
      font: var(--mat-sys-body-medium);
    }
    .figure {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .figure mat-icon {
      width: 20px;
      height: 20px;
      font-size: 20px;
    }
    .paid mat-icon {
      color: var(--wa-success, #2e7d32);
    }
    .failed mat-icon {
      color: var(--mat-sys-error);
    }
    .refusals {
      margin: 12px 0 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-small);
    }
    .refusals li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      padding: 6px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .where {
      min-width: 120px;
      color: var(--mat-sys-on-surface-variant);
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class ResultsAnswer {
  readonly answer = input.required<BatchResultsAnswer>();

  protected readonly refusals = computed(() =>
    this.answer().refused.map((refusal) => ({
      whereKey: refusal.row !== undefined ? 'batches.results.row' : 'batches.results.line',
      whereParams: { row: refusal.row ?? '', line: refusal.lineId ?? '—' },
      reasonKey: refusalKey(refusal.code),
    })),
  );
}

/** The translation key of a refused result line's code: `batches.refusals.line.not_in_batch`. */
export function refusalKey(code: string): string {
  return `batches.refusals.${code}`;
}
