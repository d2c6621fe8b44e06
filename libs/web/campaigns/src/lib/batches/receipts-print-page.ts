import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BatchView, CampaignView } from '@worker-aid/shared/domain';
import { loadLatest, problemMessageKey, toApiProblem } from '@worker-aid/web/core';
import { ErrorBox, FenPipe } from '@worker-aid/web/ui';
import { forkJoin } from 'rxjs';
import { BatchesApi } from './batches-api';
import { receiptSheet, type ReceiptSheet } from './receipt-sheet';

interface Loaded {
  campaign: CampaignView;
  batch: BatchView;
  sheet: ReceiptSheet;
}

/**
 * 签收表: the signed-receipt sheet of a cash or in-kind batch, A4 portrait on white paper — the
 * campaign and batch as its title, the unit, one row per person with a blank column wide enough
 * to sign and one for the day, the totals, and the lines for whoever handed out and checked. As
 * the notice print page does: the shell's print rules drop its toolbar and navigation, this
 * page's own buttons are screen-only, and the table's heading row repeats on every page.
 */
@Component({
  selector: 'wa-receipts-print-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ErrorBox,
    FenPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './receipts-print-page.html',
  styleUrl: './receipts-print-page.scss',
})
export class ReceiptsPrintPage {
  private readonly api = inject(BatchesApi);
  private readonly document = inject(DOCUMENT);

  /** The campaign's id (route parameter). */
  readonly id = input.required<string>();
  /** The batch's id (route parameter). */
  readonly batchId = input.required<string>();

  protected readonly loaded = signal<Loaded | null>(null);
  protected readonly loading = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  /** A bank batch is not signed for: its sheet would mislead. */
  protected readonly bankBatch = computed(() => this.loaded()?.batch.method === 'bank');

  constructor() {
    loadLatest(
      toObservable(computed(() => ({ campaignId: this.id(), batchId: this.batchId() }))),
      ({ campaignId, batchId }) =>
        forkJoin({
          campaign: this.api.campaign(campaignId),
          batch: this.api.get(batchId),
          lines: this.api.allLines(batchId, ''),
        }),
      {
        loading: this.loading,
        next: ({ campaign, batch, lines }) => {
          this.errorKey.set(null);
          this.loaded.set({ campaign, batch, sheet: receiptSheet(lines) });
        },
        error: (error) => this.errorKey.set(problemMessageKey(toApiProblem(error))),
      },
    );
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
