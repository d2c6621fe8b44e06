import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { aBatch, aBatchLine } from '../../testing/batch-fixtures';
import { BATCHES_URL, BatchesApi } from './batches-api';

describe('BatchesApi', () => {
  let http: HttpTestingController;
  let api: BatchesApi;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(BatchesApi);
  });
  afterEach(() => http.verify());

  it('asks for a page of lines of an outcome, or of all', async () => {
    const failed = firstValueFrom(api.lines('b-1', 'failed', 'c1', 50));
    http
      .expectOne(`${BATCHES_URL}/b-1/lines?limit=50&outcome=failed&cursor=c1`)
      .flush({ items: [], nextCursor: null });
    await failed;
    const all = firstValueFrom(api.lines('b-1', ''));
    http.expectOne(`${BATCHES_URL}/b-1/lines?limit=25`).flush({ items: [], nextCursor: null });
    await all;
  });

  it('reads every line page after page', async () => {
    const all = firstValueFrom(api.allLines('b-1', 'failed'));
    http
      .expectOne(`${BATCHES_URL}/b-1/lines?limit=200&outcome=failed`)
      .flush({ items: [aBatchLine({ id: 'a' })], nextCursor: 'n1' });
    http
      .expectOne(`${BATCHES_URL}/b-1/lines?limit=200&outcome=failed&cursor=n1`)
      .flush({ items: [aBatchLine({ id: 'b' })], nextCursor: null });
    expect((await all).map((line) => line.id)).toEqual(['a', 'b']);
  });

  it('downloads the bank file as a blob under the server file name', async () => {
    const file = firstValueFrom(api.bankFile('b-1', 'csv'));
    const request = http.expectOne((req) => req.url === `${BATCHES_URL}/b-1/bank-file`);
    expect(request.request.params.get('format')).toBe('csv');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['x']), {
      headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E4%BB%A3%E5%8F%91.csv` },
    });
    await expect(file).resolves.toMatchObject({ filename: '代发.csv' });
  });

  it('sends the result file as multipart `file`, receipts and follow-up batches as JSON', async () => {
    const file = new File(['x'], '回盘.xlsx');
    const uploaded = firstValueFrom(api.uploadResults('b-1', file));
    const upload = http.expectOne(`${BATCHES_URL}/b-1/results`);
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    upload.flush({ paid: 0, paidAmount: 0, failed: 0, alreadyPaid: 0, refused: [], batch: aBatch() });
    await uploaded;

    const received = firstValueFrom(api.receipts('b-2', { lineIds: ['l-1'], receivedOn: '2026-11-30' }));
    const receipts = http.expectOne(`${BATCHES_URL}/b-2/receipts`);
    expect(receipts.request.body).toEqual({ lineIds: ['l-1'], receivedOn: '2026-11-30' });
    receipts.flush({
      paid: 1,
      paidAmount: 80_000,
      failed: 0,
      alreadyPaid: 0,
      refused: [],
      batch: aBatch({ id: 'b-2' }),
    });
    expect((await received).batch.id).toBe('b-2');

    const created = firstValueFrom(api.createBatch('cp-1', { method: 'cash', lineIds: ['l-1'] }));
    const create = http.expectOne('/api/campaigns/cp-1/batches');
    expect(create.request.method).toBe('POST');
    create.flush(aBatch({ id: 'b-3' }));
    await created;
  });
});
