import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import type { DocumentView } from '@worker-aid/shared/domain';
import { DOCUMENTS_URL, DocumentsApi, type DocumentUpload } from './documents-api';

describe('DocumentsApi', () => {
  let api: DocumentsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(DocumentsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const document: DocumentView = {
    id: 'd-1',
    kind: 'income_proof',
    fileName: '收入证明.pdf',
    contentType: 'application/pdf',
    size: 48_000,
    sha256: 'ab'.repeat(32),
    uploadedBy: 'u-cw',
    uploadedByName: '李专干',
    uploadedAt: '2026-11-20T02:00:00Z',
    hasThumbnail: false,
  };

  it('lists the documents of a worker, a hardship file and a case', async () => {
    const lists = Promise.all([
      firstValueFrom(api.list('workers', 'w-1')),
      firstValueFrom(api.list('files', 'f/1')),
      firstValueFrom(api.list('cases', 'c-1')),
    ]);
    http.expectOne({ method: 'GET', url: '/api/workers/w-1/documents' }).flush([document]);
    http.expectOne({ method: 'GET', url: '/api/files/f%2F1/documents' }).flush([]);
    http.expectOne({ method: 'GET', url: '/api/cases/c-1/documents' }).flush([]);
    await expect(lists).resolves.toEqual([[document], [], []]);
  });

  it('uploads the kind, then the file, and reports the progress, then the stored document', async () => {
    const file = new File(['%PDF-1.7'], '收入证明.pdf', { type: 'application/pdf' });
    const events = firstValueFrom(api.upload('cases', 'c-1', file, 'income_proof').pipe(toArray()));
    const request = http.expectOne({ method: 'POST', url: '/api/cases/c-1/documents' });
    expect(request.request.reportProgress).toBe(true);
    const body = request.request.body as FormData;
    expect([...body.keys()]).toEqual(['kind', 'file']);
    expect(body.get('kind')).toBe('income_proof');
    expect((body.get('file') as File).name).toBe('收入证明.pdf');

    request.event({ type: HttpEventType.UploadProgress, loaded: 24_000, total: 48_000 });
    request.event({ type: HttpEventType.UploadProgress, loaded: 100 });
    request.flush(document, { status: 201, statusText: 'Created' });
    await expect(events).resolves.toEqual<DocumentUpload[]>([
      { state: 'sending', percent: 0 },
      { state: 'sending', percent: 50 },
      { state: 'sending', percent: null },
      { state: 'done', document },
    ]);
  });

  it('fails the upload with the API error (a 415 stays a 415)', async () => {
    const file = new File(['PK'], 'a.docx');
    const upload = lastValueFrom(api.upload('workers', 'w-1', file, 'other'));
    http
      .expectOne('/api/workers/w-1/documents')
      .flush({ code: 'document.type' }, { status: 415, statusText: 'Unsupported Media Type' });
    await expect(upload).rejects.toMatchObject({ status: 415 });
  });

  it('reads the content and the thumbnail as Blobs, and hides with DELETE', async () => {
    const content = firstValueFrom(api.content('d-1'));
    const contentRequest = http.expectOne({ method: 'GET', url: `${DOCUMENTS_URL}/d-1/content` });
    expect(contentRequest.request.responseType).toBe('blob');
    const bytes = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    contentRequest.flush(bytes);
    await expect(content).resolves.toBe(bytes);

    const thumbnail = firstValueFrom(api.thumbnail('d-2'));
    const thumbnailRequest = http.expectOne({ method: 'GET', url: `${DOCUMENTS_URL}/d-2/thumbnail` });
    expect(thumbnailRequest.request.responseType).toBe('blob');
    const picture = new Blob(['webp'], { type: 'image/webp' });
    thumbnailRequest.flush(picture);
    await expect(thumbnail).resolves.toBe(picture);

    const hidden = firstValueFrom(api.hide('d-1'), { defaultValue: undefined });
    http
      .expectOne({ method: 'DELETE', url: `${DOCUMENTS_URL}/d-1` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await expect(hidden).resolves.toBeNull();
  });
});
