import { HttpClient, HttpParams, type HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  MAX_PAGE_LIMIT,
  type BatchLineView,
  type BatchResultsAnswer,
  type BatchResultsRequest,
  type BatchView,
  type CampaignView,
  type CreateBatchRequest,
  type Page,
  type ReceiptsRequest,
} from '@worker-aid/shared/domain';
import { filenameFromDisposition, type ReportFile } from '@worker-aid/web/data-access';
import { EMPTY, expand, map, type Observable, reduce } from 'rxjs';

export const BATCHES_URL = '/api/batches';
export const BATCH_CAMPAIGNS_URL = '/api/campaigns';

/** How a batch carried a line: the filter of the batch page's table ('' = every line). */
export type BatchLineOutcome = BatchLineView['outcome'];
export const BATCH_LINE_OUTCOMES: readonly BatchLineOutcome[] = ['pending', 'paid', 'failed', 'reversed'];

/** The payroll file's formats. */
export type BankFileFormat = 'xlsx' | 'csv';

const segment = encodeURIComponent;

/**
 * `/api/batches`: a campaign's batch (批次), its lines, the bank's payroll file (代发) and its
 * results (回盘), and the receipts of a cash or in-kind batch; with the campaign it belongs to and
 * its follow-up batches (`/api/campaigns/:id/batches`). Files come as Blobs through HttpClient, so
 * the access token goes with them.
 */
@Injectable({ providedIn: 'root' })
export class BatchesApi {
  private readonly http = inject(HttpClient);

  get(id: string): Observable<BatchView> {
    return this.http.get<BatchView>(`${BATCHES_URL}/${segment(id)}`);
  }

  /** One keyset page of the batch's lines, in line order; `outcome` '' for all. */
  lines(
    id: string,
    outcome: BatchLineOutcome | '',
    cursor: string | null = null,
    limit = 25,
  ): Observable<Page<BatchLineView>> {
    let params = new HttpParams().set('limit', limit);
    if (outcome) params = params.set('outcome', outcome);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<Page<BatchLineView>>(`${BATCHES_URL}/${segment(id)}/lines`, { params });
  }

  /** Every line of the batch with `outcome`, page after page (for the receipt sheet and follow-ups). */
  allLines(id: string, outcome: BatchLineOutcome | ''): Observable<BatchLineView[]> {
    const page = (cursor: string | null) => this.lines(id, outcome, cursor, MAX_PAGE_LIMIT);
    return page(null).pipe(
      expand((answer) => (answer.nextCursor ? page(answer.nextCursor) : EMPTY)),
      reduce((all: BatchLineView[], answer) => all.concat(answer.items), []),
    );
  }

  campaign(id: string): Observable<CampaignView> {
    return this.http.get<CampaignView>(`${BATCH_CAMPAIGNS_URL}/${segment(id)}`);
  }

  /** The bank's payroll file of the batch's pending lines (finance only; audited). */
  bankFile(id: string, format: BankFileFormat): Observable<ReportFile> {
    return this.http
      .get(`${BATCHES_URL}/${segment(id)}/bank-file`, {
        params: { format },
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body ?? new Blob([]),
          filename: filenameFromDisposition(response.headers.get('Content-Disposition')),
        })),
      );
  }

  /** The bank's result file (回盘) as multipart `file`. */
  uploadResults(id: string, file: File): Observable<BatchResultsAnswer> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<BatchResultsAnswer>(`${BATCHES_URL}/${segment(id)}/results`, body);
  }

  /** The results as JSON (a cashier's or a test's). */
  results(id: string, request: BatchResultsRequest): Observable<BatchResultsAnswer> {
    return this.http.post<BatchResultsAnswer>(`${BATCHES_URL}/${segment(id)}/results`, request);
  }

  /** Lines of a cash or in-kind batch signed for on `receivedOn`: they become payments. */
  /** The signed-for lines paid: the same answer as results (`refused` names lines not signed for). */
  receipts(id: string, request: ReceiptsRequest): Observable<BatchResultsAnswer> {
    return this.http.post<BatchResultsAnswer>(`${BATCHES_URL}/${segment(id)}/receipts`, request);
  }

  /** A new batch of the campaign (a follow-up of failed lines when `lineIds` names them). */
  createBatch(campaignId: string, request: CreateBatchRequest): Observable<BatchView> {
    return this.http.post<BatchView>(`${BATCH_CAMPAIGNS_URL}/${segment(campaignId)}/batches`, request);
  }
}
