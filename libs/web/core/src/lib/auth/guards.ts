import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { isPermission } from './permission';
import { AuthService } from './auth.service';

/** Only for a signed-in user; others go to the login page and come back afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthService).isSignedIn()) return true;
  const queryParams = state.url && state.url !== '/' ? { returnUrl: state.url } : {};
  return inject(Router).createUrlTree(['/login'], { queryParams });
};

/** The login page is for signed-out users; a signed-in user goes home. */
export const signedOutGuard: CanActivateFn = () =>
  inject(AuthService).isSignedIn() ? inject(Router).createUrlTree(['/']) : true;

/**
 * Needs the permission named in the route's `data.permission` (e.g. `'admin:manage'`);
 * without it the user goes home. A route without a valid permission is refused.
 */
export const permissionGuard: CanActivateFn = (route) => {
  const permission: unknown = route.data['permission'];
  const auth = inject(AuthService);
  if (isPermission(permission) && auth.can(permission)) return true;
  return inject(Router).createUrlTree(auth.isSignedIn() ? ['/'] : ['/login']);
};
