import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  todayInCenter,
  type BatchLineView,
  type BatchResultsAnswer,
  type BatchView,
  type CampaignView,
  type PaymentMethod,
} from '@worker-aid/shared/domain';
import {
  AuthService,
  keysetList,
  LanguageService,
  loadLatest,
  Notifier,
  problemMessageKey,
  saveFile,
  toApiProblem,
} from '@worker-aid/web/core';
import { DATE_INPUT_HINTS, fromIsoDate, provideDates, toIsoDate } from '@worker-aid/web/core/dates';
import { ErrorBox, FileDropZone, FilterSelect, PageHeader } from '@worker-aid/web/ui';
import { firstValueFrom, forkJoin, map, Subject } from 'rxjs';
import { followUpLineIds, isBankBatch, receivable } from './batch-progress';
import { BatchProgressBar } from './batch-progress-bar';
import { BatchLines } from './batch-lines';
import { BATCH_LINE_OUTCOMES, BatchesApi, type BankFileFormat, type BatchLineOutcome } from './batches-api';
import { ResultsAnswer } from './results-answer';

const PAGE_SIZE = 50;

/** A bank's result file (回盘) by name; the API checks the content. */
const RESULT_FILE_NAME = /\.(xlsx|csv)$/i;

/** The result drop zone's parts, as the e2e tests know them. */
const RESULT_DROP_TEST_IDS = {
  zone: 'batch-results-drop',
  choose: 'batch-results-choose',
  input: 'batch-results-input',
} as const;

interface LinesQuery {
  batchId: string;
  outcome: BatchLineOutcome | '';
}

/** A failed upload: what the API said, and the headings the result file lacks, if that was it. */
interface UploadError {
  key: string;
  lines: string[];
}

/**
 * A campaign's batch (批次): its progress; for a bank batch, the payroll file (代发) to download
 * and the bank's results (回盘) to upload; for a cash or in-kind batch, lines ticked and recorded
 * as signed for, and the signed-receipt sheet (签收表) to print; the lines, filtered by outcome;
 * and a follow-up batch (失败重发) of the lines that failed. Money actions need `money:write`.
 */
@Component({
  selector: 'wa-batch-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    TranslocoPipe,
    FilterSelect,
    ErrorBox,
    PageHeader,
    BatchProgressBar,
    BatchLines,
    FileDropZone,
    ResultsAnswer,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './batch-page.html',
  styleUrl: './batch-page.scss',
  providers: [provideDates()],
})
export class BatchPage {
  private readonly api = inject(BatchesApi);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly language = inject(LanguageService);

  /** The campaign's id (route parameter). */
  readonly id = input.required<string>();
  /** The batch's id (route parameter). */
  readonly batchId = input.required<string>();

  protected readonly canPay = inject(AuthService).can('money:write');
  protected readonly outcomes = BATCH_LINE_OUTCOMES;
  protected readonly today = todayInCenter();
  protected readonly maxDate = fromIsoDate(this.today);
  protected readonly dateHint = computed(() => DATE_INPUT_HINTS[this.language.active()]);

  protected readonly batch = signal<BatchView | null>(null);
  protected readonly campaign = signal<CampaignView | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly bank = computed(() => {
    const batch = this.batch();
    return batch ? isBankBatch(batch) : false;
  });

  protected readonly outcomeFilter = new FormControl<BatchLineOutcome | ''>('', { nonNullable: true });
  protected readonly outcome = signal<BatchLineOutcome | ''>('');
  protected readonly lines = keysetList<LinesQuery, BatchLineView>({
    fetch: (query, cursor) => this.api.lines(query.batchId, query.outcome, cursor, PAGE_SIZE),
  });
  /** What an empty table says; null while it loads. */
  protected readonly emptyMessage = computed(() =>
    this.lines.loading() ? null : this.outcome() ? 'batches.lines.noneOfOutcome' : 'batches.lines.none',
  );

  protected readonly downloading = signal<BankFileFormat | null>(null);
  protected readonly uploading = signal(false);
  protected readonly uploadError = signal<UploadError | null>(null);
  protected readonly answer = signal<BatchResultsAnswer | null>(null);
  protected readonly resultDropTestIds = RESULT_DROP_TEST_IDS;

  /** Lines ticked for a receipt. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly receivedOn = new FormControl<Date | null>(fromIsoDate(this.today), Validators.required);
  protected readonly recording = signal(false);
  protected readonly followingUp = signal(false);

  private readonly reloads = new Subject<void>();

  constructor() {
    const ids = toObservable(computed(() => ({ campaignId: this.id(), batchId: this.batchId() })));
    // A new batch (after a follow-up) starts over: its figures, its lines, nothing ticked.
    ids.pipe(takeUntilDestroyed()).subscribe(({ batchId }) => {
      this.answer.set(null);
      this.uploadError.set(null);
      this.selected.set(new Set());
      this.lines.load({ batchId, outcome: this.outcome() });
    });
    loadLatest(
      ids,
      ({ campaignId, batchId }) => forkJoin([this.api.get(batchId), this.api.campaign(campaignId)]),
      {
        loading: this.loading,
        next: ([batch, campaign]) => {
          this.loadError.set(null);
          this.batch.set(batch);
          this.campaign.set(campaign);
        },
        error: (error) => this.loadError.set(problemMessageKey(toApiProblem(error))),
      },
    );
    this.outcomeFilter.valueChanges.pipe(takeUntilDestroyed()).subscribe((outcome) => this.filter(outcome));
    loadLatest(this.reloads.pipe(map(() => this.batchId())), (batchId) => this.api.get(batchId), {
      next: (batch) => this.batch.set(batch),
    });
  }

  private filter(outcome: BatchLineOutcome | ''): void {
    this.outcome.set(outcome);
    this.lines.load({ batchId: this.batchId(), outcome });
  }

  protected async download(format: BankFileFormat): Promise<void> {
    const batch = this.batch();
    if (!batch || this.downloading()) return;
    this.downloading.set(format);
    try {
      const file = await firstValueFrom(this.api.bankFile(batch.id, format));
      const fallback = this.transloco.translate('batches.bankFile.fileName', {
        campaign: this.campaign()?.name ?? '',
        number: batch.number,
      });
      saveFile(this.document, file.blob, file.filename ?? `${fallback}.${format}`);
      this.reloads.next();
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      this.downloading.set(null);
    }
  }

  protected async upload(files: File[]): Promise<void> {
    const batch = this.batch();
    if (!batch || this.uploading()) return;
    this.answer.set(null);
    if (files.length !== 1 || !RESULT_FILE_NAME.test(files[0].name)) {
      this.uploadError.set({ key: 'batches.results.wrongFile', lines: [] });
      return;
    }
    this.uploadError.set(null);
    this.uploading.set(true);
    try {
      const answer = await firstValueFrom(this.api.uploadResults(batch.id, files[0]));
      this.answer.set(answer);
      this.batch.set(answer.batch);
      this.lines.reload();
    } catch (error: unknown) {
      this.uploadError.set({ key: problemMessageKey(toApiProblem(error)), lines: missingHeadings(error) });
    } finally {
      this.uploading.set(false);
    }
  }

  protected toggle(line: BatchLineView): void {
    if (!receivable(line)) return;
    this.selected.update((ids) => {
      const next = new Set(ids);
      if (next.has(line.id)) next.delete(line.id);
      else next.add(line.id);
      return next;
    });
  }

  protected toggleAll(): void {
    const pending = this.lines.items().filter(receivable);
    const all = pending.length > 0 && pending.every((line) => this.selected().has(line.id));
    this.selected.set(all ? new Set() : new Set(pending.map((line) => line.id)));
  }

  /** Later than today on the center's clock (the picker's own check agrees). */
  protected futureDate(): boolean {
    const value = toIsoDate(this.receivedOn.value);
    return value !== '' && value > this.today;
  }

  protected async recordReceipts(): Promise<void> {
    const batch = this.batch();
    const lineIds = [...this.selected()];
    const receivedOn = toIsoDate(this.receivedOn.value);
    if (!batch || this.recording() || lineIds.length === 0) return;
    if (!receivedOn || this.futureDate()) {
      this.receivedOn.markAsTouched();
      return;
    }
    this.recording.set(true);
    try {
      const answer = await firstValueFrom(this.api.receipts(batch.id, { lineIds, receivedOn }));
      this.batch.set(answer.batch);
      this.selected.set(new Set());
      this.lines.reload();
      this.notifier.success('batches.receipts.done', { count: lineIds.length });
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      this.recording.set(false);
    }
  }

  /** 失败重发: a new batch of `method` with the lines that failed here and are still unpaid. */
  protected async followUp(method: PaymentMethod): Promise<void> {
    const batch = this.batch();
    if (!batch || this.followingUp()) return;
    this.followingUp.set(true);
    try {
      const lineIds = followUpLineIds(await firstValueFrom(this.api.allLines(batch.id, 'failed')));
      if (lineIds.length === 0) {
        this.notifier.info('batches.followUp.nothing');
        return;
      }
      const layoutId = method === 'bank' && batch.layoutId ? { layoutId: batch.layoutId } : {};
      const created = await firstValueFrom(
        this.api.createBatch(batch.campaignId, { method, lineIds, ...layoutId }),
      );
      this.notifier.success('batches.followUp.done', { number: created.number, count: created.lines });
      await this.router.navigate(['/campaigns', batch.campaignId, 'batches', created.id]);
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      this.followingUp.set(false);
    }
  }
}

/** The headings a result file lacks (`missing` of a 400 `batch.result_file`). */
function missingHeadings(error: unknown): string[] {
  if (!(error instanceof HttpErrorResponse)) return [];
  const body: unknown = error.error;
  const missing = typeof body === 'object' && body !== null ? (body as { missing?: unknown }).missing : null;
  return Array.isArray(missing) ? missing.filter((item): item is string => typeof item === 'string') : [];
}
