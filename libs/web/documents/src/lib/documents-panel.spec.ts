import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { CurrentUserView, DocumentView } from '@worker-aid/shared/domain';
import { aUser, byTestId, renderComponent, settle } from '@worker-aid/web/core/testing';
import { DOCUMENTS_URL, documentsOfUrl } from '@worker-aid/web/data-access';
import { DocumentsPanel } from './documents-panel';

const HOUR = 3600_000;
const LIST_URL = documentsOfUrl('cases', 'c-1');

const texts = {
  documents: {
    empty: '还没有证明材料',
    unknownUploader: '未知用户',
    kinds: { id_card: '身份证', income_proof: '收入证明', invoice: '医疗票据/发票' },
    errors: {
      tooLarge: '文件超过 {{max}}，未上传',
      type: '只能上传 PDF、JPG、PNG 或 WebP 文件',
    },
  },
};

/** A document `hoursAgo` old, uploaded by the caseworker (`u-cw`) unless said otherwise. */
function aDocument(overrides: Partial<DocumentView> = {}, hoursAgo = 1): DocumentView {
  return {
    id: 'd-1',
    kind: 'income_proof',
    fileName: '收入证明.pdf',
    contentType: 'application/pdf',
    size: 48_000,
    sha256: 'ab'.repeat(32),
    uploadedBy: 'u-cw',
    uploadedByName: '李专干',
    uploadedAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
    hasThumbnail: false,
    ...overrides,
  };
}

const photo = aDocument({
  id: 'd-2',
  kind: 'id_card',
  fileName: '身份证正面.jpg',
  contentType: 'image/jpeg',
  size: 2.5 * 1024 * 1024,
  hasThumbnail: true,
});

function aFile(name: string, type: string, size?: number): File {
  const file = new File(['x'], name, { type });
  // A 30 MB file without 30 MB of memory.
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('DocumentsPanel', () => {
  let fixture: ComponentFixture<DocumentsPanel>;
  let http: HttpTestingController;
  let panel: HTMLElement;
  let createObjectURL: jest.Mock;
  let revokeObjectURL: jest.Mock;

  async function open(
    documents: DocumentView[],
    { user = aUser('caseworker'), canUpload = true }: { user?: CurrentUserView; canUpload?: boolean } = {},
  ): Promise<void> {
    ({ fixture, http, element: panel } = await renderComponent(DocumentsPanel, { texts, user }));
    fixture.componentRef.setInput('owner', 'cases');
    fixture.componentRef.setInput('ownerId', 'c-1');
    fixture.componentRef.setInput('canUpload', canUpload);
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: LIST_URL }).flush(documents);
    await settle(fixture);
  }

  function textsOf(testId: string): string[] {
    return [...panel.querySelectorAll(`[data-testid="${testId}"]`)].map((e) => e.textContent?.trim() ?? '');
  }

  async function chooseKind(label: string): Promise<void> {
    byTestId(panel, 'document-kind').click();
    await settle(fixture);
    const option = [...document.querySelectorAll<HTMLElement>('mat-option')].find(
      (o) => o.textContent?.trim() === label,
    );
    if (!option) throw new Error(`no option ${label}`);
    option.click();
    await settle(fixture);
  }

  /** Drops `files` on the zone, as the browser does (a `drop` whose data transfer carries files). */
  async function drop(files: File[]): Promise<void> {
    const event = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { files, types: ['Files'] } });
    byTestId(panel, 'document-drop-zone').dispatchEvent(event);
    await settle(fixture);
  }

  beforeEach(() => {
    createObjectURL = jest.fn((blob: Blob) => `blob:${blob.size}`);
    revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
  });

  it('lists the documents: a thumbnail fetched for a picture, a PDF icon otherwise; the URL revoked on destroy', async () => {
    await open([photo, aDocument({ uploadedByName: null })]);
    const thumbnail = http.expectOne({ method: 'GET', url: `${DOCUMENTS_URL}/d-2/thumbnail` });
    expect(thumbnail.request.responseType).toBe('blob');
    thumbnail.flush(new Blob(['jpeg!'], { type: 'image/jpeg' }));
    await settle(fixture);

    expect(textsOf('document-name')).toEqual(['身份证正面.jpg', '收入证明.pdf']);
    expect(textsOf('document-kind-label')).toEqual(['身份证', '收入证明']);
    expect(textsOf('document-size')).toEqual(['2.5 MB', '47 KB']);
    const pictures = panel.querySelectorAll<HTMLImageElement>('[data-testid="document-thumbnail"]');
    expect([...pictures].map((img) => img.getAttribute('src'))).toEqual(['blob:5']);
    expect(byTestId(panel, 'document-1').textContent).toContain('picture_as_pdf');
    expect(byTestId(panel, 'document-1').textContent).toContain('未知用户');
    expect(byTestId(panel, 'document-0').textContent).toContain('李专干');

    fixture.destroy();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:5');
  });

  it('says so when there are none, and offers no upload without records:write', async () => {
    await open([], { user: aUser('finance'), canUpload: false });
    expect(byTestId(panel, 'documents-empty').textContent).toContain('还没有证明材料');
    expect(panel.querySelector('[data-testid="document-drop-zone"]')).toBeNull();
  });

  it('asks for the kind first, then uploads with progress and lists the new document first', async () => {
    await open([aDocument()]);
    await drop([aFile('发票.png', 'image/png')]);
    http.expectNone({ method: 'POST', url: LIST_URL });
    expect(byTestId(panel, 'document-kind-required')).toBeTruthy();

    await chooseKind('医疗票据/发票');
    await drop([aFile('发票.png', 'image/png')]);
    const upload = http.expectOne({ method: 'POST', url: LIST_URL });
    const body = upload.request.body as FormData;
    expect(body.get('kind')).toBe('invoice');
    expect((body.get('file') as File).name).toBe('发票.png');

    upload.event({ type: HttpEventType.UploadProgress, loaded: 30, total: 100 });
    await settle(fixture);
    expect(textsOf('document-upload-name')).toEqual(['发票.png']);
    expect(byTestId(panel, 'document-upload-progress').getAttribute('aria-valuenow')).toBe('30');

    const stored = aDocument({
      id: 'd-9',
      kind: 'invoice',
      fileName: '发票.png',
      contentType: 'image/png',
      hasThumbnail: true,
    });
    upload.flush(stored, { status: 201, statusText: 'Created' });
    await settle(fixture);
    http.expectOne(`${DOCUMENTS_URL}/d-9/thumbnail`).flush(new Blob(['png']));
    await settle(fixture);
    expect(panel.querySelector('[data-testid="document-upload-0"]')).toBeNull();
    expect(textsOf('document-name')).toEqual(['发票.png', '收入证明.pdf']);
    expect(textsOf('document-kind-label')[0]).toBe('医疗票据/发票');
  });

  it('shows a refused type (415) on that file only; the others go on', async () => {
    await open([]);
    await chooseKind('收入证明');
    const picker = byTestId<HTMLInputElement>(panel, 'document-input');
    Object.defineProperty(picker, 'files', {
      value: [aFile('工资单.docx', 'application/msword'), aFile('收入证明.pdf', 'application/pdf')],
    });
    picker.dispatchEvent(new Event('change'));
    await settle(fixture);

    const [refused, accepted] = http.match({ method: 'POST', url: LIST_URL });
    refused.flush(
      { statusCode: 415, code: 'document.type', message: 'Not a PDF or a picture' },
      { status: 415, statusText: 'Unsupported Media Type' },
    );
    await settle(fixture);
    expect(textsOf('document-upload-error')).toEqual(['只能上传 PDF、JPG、PNG 或 WebP 文件']);
    expect(byTestId(panel, 'document-upload-0').textContent).toContain('工资单.docx');
    expect(byTestId(panel, 'document-upload-1').textContent).not.toContain('只能上传');

    accepted.flush(aDocument({ id: 'd-5' }), { status: 201, statusText: 'Created' });
    await settle(fixture);
    expect(textsOf('document-name')).toEqual(['收入证明.pdf']);
    expect(textsOf('document-upload-name')).toEqual(['工资单.docx']);

    byTestId(panel, 'document-upload-dismiss').click();
    await settle(fixture);
    expect(textsOf('document-upload-name')).toEqual([]);
  });

  it('refuses a file over 20 MB before sending a byte', async () => {
    await open([]);
    await chooseKind('收入证明');
    await drop([aFile('扫描件.pdf', 'application/pdf', 30 * 1024 * 1024)]);
    http.expectNone({ method: 'POST', url: LIST_URL });
    expect(textsOf('document-upload-error')).toEqual(['文件超过 20 MB，未上传']);
  });

  it('offers hide only on what the user may hide: their own of the last 24 hours, any for an admin', async () => {
    const documents = [
      aDocument({ id: 'own-fresh' }),
      aDocument({ id: 'own-old' }, 25),
      aDocument({ id: 'other', uploadedBy: 'u-r', uploadedByName: '王审核' }),
    ];
    await open(documents);
    const offered = () =>
      [0, 1, 2].filter((i) =>
        byTestId(panel, `document-${i}`).querySelector('[data-testid="document-hide"]'),
      );
    expect(offered()).toEqual([0]);
    fixture.destroy();
    TestBed.resetTestingModule();

    await open(documents, { user: aUser('admin') });
    expect(offered()).toEqual([0, 1, 2]);
  });

  it('hides a document after the confirmation, and only then', async () => {
    await open([aDocument(), aDocument({ id: 'd-3', fileName: '病历.pdf' })]);
    byTestId(panel, 'document-hide').click();
    await settle(fixture);
    http.expectNone(`${DOCUMENTS_URL}/d-1`);
    byTestId(document.body, 'document-hide-confirm').click();
    await settle(fixture);
    http.expectOne({ method: 'DELETE', url: `${DOCUMENTS_URL}/d-1` }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await settle(fixture);
    expect(textsOf('document-name')).toEqual(['病历.pdf']);
  });

  it('downloads the content through HttpClient and saves it under its file name', async () => {
    await open([aDocument()]);
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    byTestId(panel, 'document-download').click();
    await settle(fixture);
    const content = http.expectOne({ method: 'GET', url: `${DOCUMENTS_URL}/d-1/content` });
    expect(content.request.responseType).toBe('blob');
    content.flush(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
    await settle(fixture);
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('收入证明.pdf');
    expect(link.href).toBe('blob:8');
    click.mockRestore();
  });
});
