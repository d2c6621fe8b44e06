import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { FileListItem, RevealedWorkerNumbers, Role, WorkerView } from '@worker-aid/shared/domain';
import { aUser, aWorker, renderComponent, settle } from '@worker-aid/web/core/testing';
import { documentsOfUrl, FILES_URL, UNITS_URL, WORKERS_URL } from '@worker-aid/web/data-access';
import { WorkerPage } from './worker-page';

const worker = aWorker({ bankAccount: '6222 **** **** 0123' });

function file(fileNo: string, status: FileListItem['status']): FileListItem {
  return {
    id: `id-${fileNo}`,
    fileNo,
    workerId: 'w-1',
    workerName: '张秀英',
    unitId: 's',
    status,
    tier: 'relative',
    perCapitaIncome: 120000,
    mainCause: 'illness',
    reviewDueOn: status === 'active' ? '2027-11-21' : null,
    closedOn: status === 'closed' ? '2026-03-01' : null,
    exitReason: status === 'closed' ? 'reemployed' : null,
    createdAt: '2025-11-20T02:00:00Z',
  };
}

describe('WorkerPage', () => {
  let fixture: ComponentFixture<WorkerPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  function text(id: string): string | null {
    return page.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null;
  }

  function click(id: string): void {
    const button = page.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
    if (!button) throw new Error(`no ${id}`);
    button.click();
  }

  async function open(
    view: WorkerView,
    files: FileListItem[] = [],
    role: Role = 'caseworker',
  ): Promise<void> {
    ({
      fixture,
      http,
      element: page,
    } = await renderComponent(WorkerPage, {
      texts: { workers: { detail: { notRecorded: '未登记' } } },
      user: aUser(role),
    }));
    fixture.componentRef.setInput('id', view.id);
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush([]);
    http.expectOne(`${WORKERS_URL}/${view.id}`).flush(view);
    http.expectOne((request) => request.url === '/api/cases').flush({ items: [], nextCursor: null });
    await settle(fixture);
    http.expectOne(documentsOfUrl('workers', view.id)).flush([]);
    const filesRequest = http.expectOne((request) => request.url === FILES_URL);
    expect(filesRequest.request.params.get('workerId')).toBe(view.id);
    filesRequest.flush({ items: files, nextCursor: null });
    await settle(fixture);
  }

  async function reveal(numbers: RevealedWorkerNumbers): Promise<void> {
    click('worker-reveal');
    await settle(fixture);
    http.expectOne({ method: 'POST', url: `${WORKERS_URL}/w-1/reveal` }).flush(numbers);
    await settle(fixture);
  }

  afterEach(() => http.verify());

  it('shows the masked bank account, and after a reveal both full numbers, the account in fours', async () => {
    await open(worker);
    expect(text('worker-id-masked')).toBe('341102********002X');
    expect(text('worker-bank-account-masked')).toBe('6222 **** **** 0123');
    expect(text('worker-bank-account-full')).toBeNull();
    // A caseworker attaches the worker's documents.
    expect(page.querySelector('[data-testid="document-drop-zone"]')).toBeTruthy();

    await reveal({ idNumber: '34110219850412002X', bankAccount: '6222021234567890123' });
    expect(text('worker-id-full')).toBe('34110219850412002X');
    expect(text('worker-bank-account-full')).toBe('6222 0212 3456 7890 123');
    expect(text('worker-bank-account-masked')).toBeNull();
    expect(text('worker-reveal-logged')).not.toBeNull();

    click('worker-hide');
    await settle(fixture);
    expect(text('worker-id-masked')).toBe('341102********002X');
    expect(text('worker-bank-account-masked')).toBe('6222 **** **** 0123');
    expect(text('worker-bank-account-full')).toBeNull();
  });

  it('says when no bank account is recorded, before and after a reveal', async () => {
    await open({ ...worker, bankAccount: null });
    expect(text('worker-bank-account-none')).toBe('未登记');
    expect(text('worker-bank-account-masked')).toBeNull();

    await reveal({ idNumber: '34110219850412002X', bankAccount: null });
    expect(text('worker-id-full')).toBe('34110219850412002X');
    expect(text('worker-bank-account-none')).toBe('未登记');
  });

  it('lists the worker’s hardship files, and offers 建档 only when none of them is still open', async () => {
    await open(worker, [file('DA-2026-000002', 'active'), file('DA-2025-000001', 'closed')]);
    const rows = [...page.querySelectorAll('[data-testid^="worker-file-"]')].map((row) =>
      row.getAttribute('data-testid'),
    );
    expect(rows).toEqual(['worker-file-DA-2026-000002', 'worker-file-DA-2025-000001']);
    expect(page.querySelector('[data-testid="worker-file-DA-2026-000002"] wa-tier-badge')).toBeTruthy();
    expect(page.querySelector('[data-testid="worker-new-file"]')).toBeNull();
  });

  it('offers 建档 for a worker whose files are all over, to those who write records', async () => {
    await open(worker, [file('DA-2025-000001', 'closed'), file('DA-2025-000003', 'withdrawn')]);
    const create = page.querySelector<HTMLAnchorElement>('[data-testid="worker-new-file"]');
    expect(create?.getAttribute('href')).toBe('/files/new?workerId=w-1');
  });

  it('offers 建档 to no one who may not write records', async () => {
    await open(worker, [], 'auditor');
    expect(page.querySelector('[data-testid="worker-new-file"]')).toBeNull();
  });

  it('offers no 建档 while the worker’s files could not be read', async () => {
    ({ fixture, http, element: page } = await renderComponent(WorkerPage, { user: aUser('caseworker') }));
    fixture.componentRef.setInput('id', worker.id);
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush([]);
    http.expectOne(`${WORKERS_URL}/${worker.id}`).flush(worker);
    http.expectOne((request) => request.url === '/api/cases').flush({ items: [], nextCursor: null });
    await settle(fixture);
    http
      .expectOne((request) => request.url === FILES_URL)
      .flush({ code: 'server.error' }, { status: 500, statusText: 'Server Error' });
    http.expectOne(documentsOfUrl('workers', worker.id)).flush([]);
    await settle(fixture);
    expect(page.querySelector('[data-testid="worker-new-file"]')).toBeNull();
  });
});
