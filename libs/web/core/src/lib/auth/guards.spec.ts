import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { can, type Permission, type Role } from '@worker-aid/shared/domain';
import { AuthService } from './auth.service';
import { permissionGuard, signedInGuard, signedOutGuard } from './guards';

describe('route guards', () => {
  const role = signal<Role | null>(null);

  beforeEach(() => {
    role.set(null);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: AuthService,
          useValue: {
            isSignedIn: () => role() !== null,
            can: (permission: Permission) => role() !== null && can(role() as Role, permission),
          },
        },
      ],
    });
  });

  function run(
    guard: typeof signedInGuard,
    data: Record<string, unknown> = {},
    url = '/admin/users',
  ): unknown {
    const route = { data } as unknown as ActivatedRouteSnapshot;
    const state = { url } as RouterStateSnapshot;
    return TestBed.runInInjectionContext(() => guard(route, state));
  }

  function path(result: unknown): string {
    expect(result).toBeInstanceOf(UrlTree);
    return TestBed.inject(Router).serializeUrl(result as UrlTree);
  }

  it('sends a signed-out visitor to the login page, remembering where they wanted to go', () => {
    expect(path(run(signedInGuard))).toBe('/login?returnUrl=%2Fadmin%2Fusers');
    role.set('caseworker');
    expect(run(signedInGuard)).toBe(true);
  });

  it('keeps a signed-in user away from the login page', () => {
    expect(run(signedOutGuard)).toBe(true);
    role.set('admin');
    expect(path(run(signedOutGuard))).toBe('/');
  });

  it('lets through only roles with the route’s permission', () => {
    role.set('admin');
    expect(run(permissionGuard, { permission: 'admin:manage' })).toBe(true);
    role.set('auditor');
    expect(path(run(permissionGuard, { permission: 'admin:manage' }))).toBe('/');
    expect(run(permissionGuard, { permission: 'audit:read' })).toBe(true);
  });

  it('refuses a route whose permission is missing or misspelt', () => {
    role.set('admin');
    expect(path(run(permissionGuard, {}))).toBe('/');
    expect(path(run(permissionGuard, { permission: 'admin:everything' }))).toBe('/');
  });
});
