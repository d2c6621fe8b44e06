import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import {
  can,
  type AuditEntryView,
  type CurrentUserView,
  type Page,
  type Permission,
} from '@worker-aid/shared/domain';
import { AuthService, UNITS_URL } from '@worker-aid/web/core';
import { AuditPage } from './audit-page';

const auditor: CurrentUserView = {
  id: 'u-a',
  username: 'auditor',
  displayName: '赵审计',
  role: 'auditor',
  unitId: 'c',
};

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

  async function settle(): Promise<void> {
    for (let i = 0; i < 10; i++) await Promise.resolve();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        AuditPage,
        TranslocoTestingModule.forRoot({
          langs: {
            'zh-CN': { auditActions: { auth: { login: '登录成功' } }, audit: { loadMore: '加载更多' } },
          },
          translocoConfig: {
            availableLangs: ['zh-CN'],
            defaultLang: 'zh-CN',
            missingHandler: { logMissingKey: false },
          },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: AuthService,
          useValue: {
            currentUser: signal(auditor),
            isSignedIn: () => true,
            can: (permission: Permission) => can(auditor.role, permission),
          },
        },
      ],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AuditPage);
    page = fixture.nativeElement as HTMLElement;
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
    await settle();
    expect(page.querySelectorAll('[data-testid="audit-row"]').length).toBe(2);
    expect(page.textContent).toContain('登录成功');

    page.querySelector<HTMLButtonElement>('[data-testid="audit-load-more"]')?.click();
    await settle();
    const next = http.expectOne((request) => request.url === '/api/audit');
    expect(next.request.params.get('cursor')).toBe('c-2');
    next.flush({
      items: [entry(1, 'system.unknown_thing')],
      nextCursor: null,
    } satisfies Page<AuditEntryView>);
    await settle();

    expect(page.querySelectorAll('[data-testid="audit-row"]').length).toBe(3);
    // An action without a translation shows its code.
    expect(page.textContent).toContain('system.unknown_thing');
    expect(page.querySelector('[data-testid="audit-load-more"]')).toBeNull();
  });

  it('does not ask for the user list unless the caller is an administrator', async () => {
    http.expectOne((request) => request.url === '/api/audit').flush({ items: [], nextCursor: null });
    await settle();
    http.expectNone((request) => request.url === '/api/users');
  });
});
