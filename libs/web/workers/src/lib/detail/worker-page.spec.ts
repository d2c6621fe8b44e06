import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { RevealedWorkerNumbers, WorkerView } from '@worker-aid/shared/domain';
import { aUser, aWorker, renderComponent, settle } from '@worker-aid/web/core/testing';
import { documentsOfUrl, UNITS_URL, WORKERS_URL } from '@worker-aid/web/data-access';
import { WorkerPage } from './worker-page';

const worker = aWorker({ bankAccount: '6222 **** **** 0123' });

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

  async function open(view: WorkerView): Promise<void> {
    ({
      fixture,
      http,
      element: page,
    } = await renderComponent(WorkerPage, {
      texts: { workers: { detail: { notRecorded: '未登记' } } },
      user: aUser('caseworker'),
    }));
    fixture.componentRef.setInput('id', view.id);
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush([]);
    http.expectOne(`${WORKERS_URL}/${view.id}`).flush(view);
    http.expectOne((request) => request.url === '/api/cases').flush({ items: [], nextCursor: null });
    await settle(fixture);
    http.expectOne(documentsOfUrl('workers', view.id)).flush([]);
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
});
