import { appRoutes } from './app.routes';
import { permissionGuard, signedInGuard, signedOutGuard } from '@worker-aid/web/core';

describe('app routes', () => {
  const shell = appRoutes.find((route) => route.path === '' && route.children);

  it('keeps the login page for signed-out users', () => {
    const login = appRoutes.find((route) => route.path === 'login');
    expect(login?.canActivate).toEqual([signedOutGuard]);
  });

  it('puts every other page behind sign-in', () => {
    expect(shell?.canActivate).toEqual([signedInGuard]);
  });

  it.each([
    ['admin', 'admin:manage'],
    ['audit', 'audit:read'],
  ])('guards /%s with %s', (path, permission) => {
    const route = shell?.children?.find((child) => child.path === path);
    expect(route?.canActivate).toEqual([permissionGuard]);
    expect(route?.data?.['permission']).toBe(permission);
  });
});
