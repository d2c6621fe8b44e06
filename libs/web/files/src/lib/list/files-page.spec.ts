import { type ComponentFixture } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';
import { BehaviorSubject } from 'rxjs';
import type { UnitView } from '@worker-aid/shared/domain';
import { aUser, renderComponent, settle } from '@worker-aid/web/core/testing';
import { FILES_URL, UNITS_URL } from '@worker-aid/web/data-access';
import { aFileItem } from '../../testing/file-fixtures';
import { FilesPage } from './files-page';

const units: UnitView[] = [{ id: 'c', code: 'CZ', name: '滁州市总工会', level: 'center', parentId: null }];

function rows(host: HTMLElement): string[] {
  return [...host.querySelectorAll('[data-testid^="file-row-"]')].map((row) =>
    (row.getAttribute('data-testid') ?? '').replace('file-row-', ''),
  );
}

async function choose(fixture: ComponentFixture<unknown>, select: string, option: string): Promise<void> {
  document.querySelector<HTMLElement>(`[data-testid="${select}"]`)?.click();
  await settle(fixture);
  document.querySelector<HTMLElement>(`[data-testid="${option}"]`)?.click();
  await settle(fixture);
}

afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.remove()));

describe('FilesPage', () => {
  it('asks for the files of the chosen tier, text and review due, then for the next page', async () => {
    const { fixture, http, element } = await renderComponent(FilesPage, { user: aUser('caseworker') });
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush(units);
    http.expectOne(`${FILES_URL}?limit=25`).flush({ items: [aFileItem()], nextCursor: null });
    await settle(fixture);
    expect(rows(element)).toEqual(['DA-2026-000001']);
    const row = element.querySelector('[data-testid="file-row-DA-2026-000001"]');
    expect(row?.querySelector('wa-tier-badge')?.getAttribute('data-tier')).toBe('deep');
    expect(row?.textContent).toContain('¥750.00');

    await choose(fixture, 'file-filter-tier', 'file-filter-tier-option-relative');
    http.expectOne(`${FILES_URL}?tier=relative&limit=25`).flush({ items: [], nextCursor: null });
    await settle(fixture);
    expect(rows(element)).toEqual([]);

    element.querySelector<HTMLElement>('[data-testid="file-filter-review-due"] button')?.click();
    await settle(fixture);
    http.expectOne(`${FILES_URL}?tier=relative&reviewDue=true&limit=25`).flush({
      items: [aFileItem({ id: 'a', fileNo: 'DA-2026-000002', tier: 'relative' })],
      nextCursor: 'c2',
    });
    await settle(fixture);

    const text = element.querySelector<HTMLInputElement>('[data-testid="file-filter-text"]');
    if (!text) throw new Error('no text filter');
    text.value = ' 张秀英 ';
    text.dispatchEvent(new Event('input'));
    element.querySelector<HTMLElement>('[data-testid="file-filter-submit"]')?.click();
    await settle(fixture);
    const byName = http.expectOne((req) => req.url === FILES_URL && req.params.get('q') === '张秀英');
    expect(byName.request.params.get('reviewDue')).toBe('true');
    byName.flush({ items: [aFileItem({ id: 'a', fileNo: 'DA-2026-000002' })], nextCursor: 'c3' });
    await settle(fixture);

    element.querySelector<HTMLElement>('[data-testid="file-more"]')?.click();
    await settle(fixture);
    const more = http.expectOne((req) => req.url === FILES_URL && req.params.get('cursor') === 'c3');
    expect(more.request.params.get('q')).toBe('张秀英');
    more.flush({ items: [aFileItem({ id: 'b', fileNo: 'DA-2026-000003' })], nextCursor: null });
    await settle(fixture);
    expect(rows(element)).toEqual(['DA-2026-000002', 'DA-2026-000003']);
    expect(element.querySelector('[data-testid="file-more"]')).toBeNull();
    http.verify();
  });

  it('takes the status from the URL, at first and when the URL changes', async () => {
    const params = new BehaviorSubject(convertToParamMap({ status: 'submitted' }));
    const route = { snapshot: { queryParamMap: params.value }, queryParamMap: params };
    const { fixture, http } = await renderComponent(FilesPage, {
      user: aUser('reviewer'),
      providers: [{ provide: ActivatedRoute, useValue: route }],
    });
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush(units);
    http.expectOne(`${FILES_URL}?status=submitted&limit=25`).flush({ items: [], nextCursor: null });
    params.next(convertToParamMap({}));
    await settle(fixture);
    http.expectOne(`${FILES_URL}?limit=25`).flush({ items: [], nextCursor: null });
    params.next(convertToParamMap({ status: 'nonsense' }));
    await settle(fixture);
    http.expectNone((req) => req.url === FILES_URL);
    http.verify();
  });
});
