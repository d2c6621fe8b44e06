import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { Notifier } from '../notify/notifier';
import { AuthService, LOGIN_URL } from './auth.service';
import { TokenStore } from './token-store';

/** Requests to our own API (same origin, relative `/api/...`). */
export function isApiRequest(url: string): boolean {
  return url.startsWith('/api/') || url.startsWith('api/');
}

/**
 * Adds `Authorization: Bearer <token>` to API requests. A 401 on anything but the login
 * itself means the session is over (expired, revoked, user disabled): sign out and go to
 * the login page, coming back to the same page afterwards.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request.url)) return next(request);
  const tokens = inject(TokenStore);
  const auth = inject(AuthService);
  const router = inject(Router);
  const notifier = inject(Notifier);
  const isLogin = request.url.startsWith(LOGIN_URL);
  const token = isLogin ? null : tokens.get();
  const authorised = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;

  return next(authorised).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !isLogin) {
        const wasSignedIn = auth.isSignedIn();
        auth.signOut();
        if (wasSignedIn) {
          notifier.info('auth.sessionEnded');
          const returnUrl = router.url;
          void router.navigate(['/login'], {
            queryParams:
              returnUrl && returnUrl !== '/' && !returnUrl.startsWith('/login') ? { returnUrl } : {},
          });
        }
      }
      return throwError(() => error);
    }),
  );
};
