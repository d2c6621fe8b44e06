import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { todayInCenter, type DueFollowUp, type UnitView } from '@worker-aid/shared/domain';
import { aUser, renderComponent, settle } from '@worker-aid/web/core/testing';
import { FILES_URL, FOLLOW_UPS_URL, UNITS_URL } from '@worker-aid/web/data-access';
import { aFile, aFileItem } from '../../testing/file-fixtures';
import { FollowUpsPage } from './follow-ups-page';
import { ReviewDuePage } from './review-due-page';

// Dialogs opened and filled in as a user does; on a busy machine that takes more than jest's 5 s.
jest.setTimeout(30_000);

const units: UnitView[] = [
  { id: 'c', code: 'CZ', name: '滁州市总工会', level: 'center', parentId: null },
  { id: 'i', code: 'CZ-EDU', name: '教育工会', level: 'industry', parentId: 'c' },
];

function due(fileNo: string, dueOn: string): DueFollowUp {
  return {
    fileId: `id-${fileNo}`,
    fileNo,
    workerId: 'w-1',
    workerName: '张秀英',
    unitId: 'i',
    tier: 'relative',
    exitReason: 'reemployed',
    closedOn: '2026-08-31',
    dueOn,
  };
}

/** The center's day `days` from today (negative: before). */
function dayFromToday(days: number): string {
  const [year, month, day] = todayInCenter().split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function rows(host: HTMLElement, prefix: string): string[] {
  return [...host.querySelectorAll(`[data-testid^="${prefix}-"]`)].map((row) =>
    (row.getAttribute('data-testid') ?? '').replace(`${prefix}-`, ''),
  );
}

async function pickUnit<T>(fixture: ComponentFixture<T>, select: string, name: string): Promise<void> {
  document.querySelector<HTMLElement>(`[data-testid="${select}"]`)?.click();
  await settle(fixture);
  [...document.querySelectorAll<HTMLElement>('mat-option')]
    .find((o) => o.textContent?.includes(name))
    ?.click();
  await settle(fixture);
}

afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.remove()));

describe('ReviewDuePage', () => {
  it('lists the active files due for review as the API orders them, with the days to go or overdue', async () => {
    const { fixture, http, element } = await renderComponent(ReviewDuePage, {
      texts: { files: { due: { overdueDays: '逾期 {{days}} 天', inDays: '还有 {{days}} 天' } } },
      user: aUser('caseworker'),
    });
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush(units);
    const first = http.expectOne((req) => req.url === FILES_URL);
    expect(first.request.params.toString()).toBe('reviewDue=true&limit=50');
    first.flush({
      items: [
        aFileItem({ id: 'a', fileNo: 'DA-2025-000001', reviewDueOn: dayFromToday(-5) }),
        aFileItem({ id: 'b', fileNo: 'DA-2025-000002', reviewDueOn: dayFromToday(12) }),
      ],
      nextCursor: null,
    });
    await settle(fixture);
    expect(rows(element, 'review-due-row')).toEqual(['DA-2025-000001', 'DA-2025-000002']);
    const cells = (fileNo: string) =>
      [...element.querySelectorAll(`[data-testid="review-due-row-${fileNo}"] td`)].map((td) =>
        td.textContent?.trim(),
      );
    expect(cells('DA-2025-000001')).toContain('逾期 5 天');
    expect(cells('DA-2025-000002')).toContain('还有 12 天');
    expect(
      element.querySelectorAll('[data-testid="review-due-row-DA-2025-000001"] .due-overdue').length,
    ).toBe(2);

    await pickUnit(fixture, 'review-due-unit', '教育工会');
    const byUnit = http.expectOne((req) => req.url === FILES_URL);
    expect(byUnit.request.params.toString()).toBe('unitId=i&reviewDue=true&limit=50');
    byUnit.flush({ items: [], nextCursor: null });
    await settle(fixture);
    expect(rows(element, 'review-due-row')).toEqual([]);
    http.verify();
  });
});

describe('FollowUpsPage', () => {
  it('lists the follow-ups due; a visit without relapse leaves the list, a relapse opens the new draft', async () => {
    const { fixture, http, element } = await renderComponent(FollowUpsPage, { user: aUser('caseworker') });
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush(units);
    const first = http.expectOne((req) => req.url === FOLLOW_UPS_URL);
    expect(first.request.params.toString()).toBe('due=true&limit=50');
    first.flush({
      items: [due('DA-2026-000001', '2026-11-30'), due('DA-2026-000002', '2026-12-10')],
      nextCursor: null,
    });
    await settle(fixture);
    expect(rows(element, 'follow-up-row')).toEqual(['DA-2026-000001', 'DA-2026-000002']);
    const row = element.querySelector('[data-testid="follow-up-row-DA-2026-000001"]');
    expect(row?.textContent).toContain('files.exitReasons.reemployed');
    expect(row?.textContent).toContain('2026-08-31');

    // No relapse: recorded, and the list is read again.
    element.querySelector<HTMLElement>('[data-testid="follow-up-record-DA-2026-000001"]')?.click();
    await settle(fixture);
    document.querySelector<HTMLElement>('[data-testid="follow-up-relapsed-no"] input')?.click();
    await settle(fixture);
    document.querySelector<HTMLElement>('[data-testid="follow-up-confirm"]')?.click();
    await settle(fixture);
    const visit = http.expectOne({ method: 'POST', url: `${FILES_URL}/id-DA-2026-000001/follow-ups` });
    expect(visit.request.body).toEqual({ visitedOn: todayInCenter(), relapsed: false });
    visit.flush(aFile({ status: 'closed' }));
    await settle(fixture);
    http
      .expectOne((req) => req.url === FOLLOW_UPS_URL)
      .flush({ items: [due('DA-2026-000002', '2026-12-10')], nextCursor: null });
    await settle(fixture);
    expect(rows(element, 'follow-up-row')).toEqual(['DA-2026-000002']);

    // A relapse: the new draft opens.
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    element.querySelector<HTMLElement>('[data-testid="follow-up-record-DA-2026-000002"]')?.click();
    await settle(fixture);
    document.querySelector<HTMLElement>('[data-testid="follow-up-relapsed-yes"] input')?.click();
    await settle(fixture);
    document.querySelector<HTMLElement>('[data-testid="follow-up-confirm"]')?.click();
    await settle(fixture);
    http
      .expectOne({ method: 'POST', url: `${FILES_URL}/id-DA-2026-000002/follow-ups` })
      .flush({ ...aFile({ status: 'closed' }), reopenedFileId: 'f-new' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/files', 'f-new']);
    http.verify();
  });

  it('shows no record button to a role that does not write records', async () => {
    const { fixture, http, element } = await renderComponent(FollowUpsPage, { user: aUser('manager') });
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush(units);
    http
      .expectOne((req) => req.url === FOLLOW_UPS_URL)
      .flush({ items: [due('DA-2026-000001', '2026-11-30')], nextCursor: null });
    await settle(fixture);
    expect(rows(element, 'follow-up-row')).toEqual(['DA-2026-000001']);
    expect(element.querySelector('[data-testid^="follow-up-record-"]')).toBeNull();
    http.verify();
  });
});
