import { parse, serialize, type CookieSerializeOptions } from 'cookie';
import { addMilliseconds } from 'date-fns';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_ABSOLUTE_MS } from './refresh-sessions';
import { apiError } from '@worker-aid/api/core';

export const REFRESH_COOKIE = 'wa_refresh';

/**
 * Out of reach of scripts (httpOnly), sent only to the auth endpoints and only from our own
 * pages (SameSite=Strict), only over HTTPS (browsers treat http://localhost as secure too).
 */
const OPTIONS: CookieSerializeOptions = {
  httpOnly: true,
  secure: true,
  sameSite: 'strict',
  path: '/api/auth',
};

export function setRefreshCookie(reply: FastifyReply, token: string): void {
  const maxAge = SESSION_ABSOLUTE_MS / 1000;
  const expires = addMilliseconds(new Date(), SESSION_ABSOLUTE_MS);
  void reply.header('Set-Cookie', serialize(REFRESH_COOKIE, token, { ...OPTIONS, maxAge, expires }));
}

export function clearRefreshCookie(reply: FastifyReply): void {
  void reply.header(
    'Set-Cookie',
    serialize(REFRESH_COOKIE, '', { ...OPTIONS, maxAge: 0, expires: new Date(0) }),
  );
}

export function refreshCookieOf(request: FastifyRequest): string | undefined {
  return parse(request.headers.cookie ?? '')[REFRESH_COOKIE];
}

/** A cookie-authenticated request must come from our own origin (defence in depth beside SameSite). */
export function assertSameOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw apiError('auth.origin', 'Origin: not this site');
  }
  if (host !== request.headers.host) throw apiError('auth.origin', 'Origin: not this site');
}
