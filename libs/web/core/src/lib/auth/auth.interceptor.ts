import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { Notifier } from '../notify/notifier';
import { AuthService, LOGIN_URL, LOGOUT_URL, REFRESH_URL } from './auth.service';
import { TokenStore } from './token-store';

/** Requests to our own API (same origin, relative `/api/...`). */
export function isApiRequest(url: string): boolean {
  return url.startsWith('/api/') || url.startsWith('api/');
}

/**
 * Adds `Authorization: Bearer <token>` to API requests. A 401 means the access token has
 * expired or been revoked: one refresh from the httpOnly cookie, then the request once more.
 * When that fails too the session is over (idle, logged out, user disabled): sign out and go
 * to the login page, coming back to the same page afterwards.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request.url)) return next(request);
  const tokens = inject(TokenStore);
  const auth = inject(AuthService);
  const router = inject(Router);
  const notifier = inject(Notifier);
  const isSessionCall = [LOGIN_URL, REFRESH_URL].some((url) => request.url.startsWith(url));
  const withToken = () => {
    const token = isSessionCall ? null : tokens.get();
    return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
  };
  const sessionEnded = (error: unknown) => {
    const wasSignedIn = auth.isSignedIn();
    auth.signOut();
    if (wasSignedIn) {
      notifier.info('auth.sessionEnded');
      const returnUrl = router.url;
      void router.navigate(['/login'], {
        queryParams: returnUrl && returnUrl !== '/' && !returnUrl.startsWith('/login') ? { returnUrl } : {},
      });
    }
    return throwError(() => error);
  };

  return next(withToken()).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || isSessionCall) {
        return throwError(() => error);
      }
      if (request.url.startsWith(LOGOUT_URL)) return sessionEnded(error);
      return from(auth.refresh()).pipe(
        switchMap((refreshed) =>
          refreshed
            ? next(withToken()).pipe(
                catchError((again: unknown) =>
                  again instanceof HttpErrorResponse && again.status === 401
                    ? sessionEnded(again)
                    : throwError(() => again),
                ),
              )
            : sessionEnded(error),
        ),
      );
    }),
  );
};
