import { ForbiddenException } from '@nestjs/common';
import { parse } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';
import { SESSION_ABSOLUTE_MS } from './refresh-sessions';

export const REFRESH_COOKIE = 'wa_refresh';

/**
 * Out of reach of scripts (httpOnly), sent only to the auth endpoints and only from our own
 * pages (SameSite=Strict), only over HTTPS (browsers treat http://localhost as secure too).
 */
const OPTIONS: CookieOptions = { httpOnly: true, secure: true, sameSite: 'strict', path: '/api/auth' };

export function setRefreshCookie(response: Response, token: string): void {
  response.cookie(REFRESH_COOKIE, token, { ...OPTIONS, maxAge: SESSION_ABSOLUTE_MS });
}

export function clearRefreshCookie(response: Response): void {
  response.clearCookie(REFRESH_COOKIE, OPTIONS);
}

export function refreshCookieOf(request: Request): string | undefined {
  return parse(request.headers.cookie ?? '')[REFRESH_COOKIE];
}

/** A cookie-authenticated request must come from our own origin (defence in depth beside SameSite). */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new ForbiddenException('Origin: not this site');
  }
  if (host !== request.headers.host) throw new ForbiddenException('Origin: not this site');
}
