import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { type AuditEntryView, type Page } from '@worker-aid/shared/domain';
import { UNITS_URL } from '@worker-aid/web/data-access';
import { aUser, renderComponent, settle } from '@worker-aid/web/core/testing';
import { AuditPage } from './audit-page';

const auditor = aUser('auditor');

function entry(id: number, action: string): AuditEntryView {
  return {
    id: String(id),
    at: '2026-03-05T08:00:00Z',
    actorId: null,
    actorUsername: null,
    actorDisplayName: null,
    action,
    entityType: 'user',
    entityId: null,
    detail: {},
  };
}

describe('AuditPage', () => {
  let fixture: ComponentFixture<AuditPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    ({
      fixture,
      http,
      element: page,
    } = await renderComponent(AuditPage, {
      texts: { auditActions: { auth: { login: '登录成功' } }, audit: { loadMore: '加载更多' } },
      user: auditor,
    }));
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush([]);
  });

  afterEach(() => http.verify());

  it('loads the newest page, then the next one with the cursor, until there is no more', async () => {
    const first = http.expectOne((request) => request.url === '/api/audit');
    expect(first.request.params.get('cursor')).toBeNull();
    expect(first.request.params.get('limit')).toBe('50');
    first.flush({
      items: [entry(3, 'auth.login'), entry(2, 'auth.login')],
      nextCursor: 'c-2',
    } satisfies Page<AuditEntryView>);
    await settle(fixture);
    expect(page.querySelectorAll('[data-testid="audit-row"]').length).toBe(2);
    expect(page.textContent).toContain('登录成功');

    page.querySelector<HTMLButtonElement>('[data-testid="audit-load-more"]')?.click();
    await settle(fixture);
    const next = http.expectOne((request) => request.url === '/api/audit');
    expect(next.request.params.get('cursor')).toBe('c-2');
    next.flush({
      items: [entry(1, 'system.unknown_thing')],
      nextCursor: null,
    } satisfies Page<AuditEntryView>);
    await settle(fixture);

    expect(page.querySelectorAll('[data-testid="audit-row"]').length).toBe(3);
    // An action without a translation shows its code.
    expect(page.textContent).toContain('system.unknown_thing');
    expect(page.querySelector('[data-testid="audit-load-more"]')).toBeNull();
  });

  it('does not ask for the user list unless the caller is an administrator', async () => {
    http.expectOne((request) => request.url === '/api/audit').flush({ items: [], nextCursor: null });
    await settle(fixture);
    http.expectNone((request) => request.url === '/api/users');
  });
});
