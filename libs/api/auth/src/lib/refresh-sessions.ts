import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addMilliseconds, differenceInMilliseconds } from 'date-fns';
import { DataSource, EntityManager } from 'typeorm';
import { type User, UsersService } from '@worker-aid/api/users';
import { RefreshSessionQueries } from './refresh-session.queries';
import { apiError } from '@worker-aid/api/core';

/** A session ends after this long without a refresh… */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** …and this long after signing in, whatever happens. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

const SESSION_ENDED = 'the session has ended; please sign in again';

/** The cookie value: `<session id>.<secret>`. */
export type RefreshToken = string;

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');

/**
 * Refresh sessions: begun at login, rotated at every refresh (the old secret stops working;
 * presenting it again ends the session, as a stolen cookie would), ended by logout or by the
 * user's token version moving on.
 */
@Injectable()
export class RefreshSessions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: RefreshSessionQueries,
    private readonly users: UsersService,
  ) {}

  async begin(user: User, now = new Date()): Promise<RefreshToken> {
    const secret = newSecret();
    const id = await this.queries.insert({
      userId: user.id,
      secretHash: hash(secret),
      tokenVersion: user.tokenVersion,
      lastUsedAt: now,
      expiresAt: addMilliseconds(now, SESSION_ABSOLUTE_MS),
      revokedAt: null,
    });
    return `${id}.${secret}`;
  }

  /** The session's active user and a new token for the cookie; 401 when the session has ended. */
  async rotate(token: string, now = new Date()): Promise<{ user: User; token: RefreshToken }> {
    const [id, secret] = token.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw apiError('auth.session_ended', SESSION_ENDED);
    const rotated = await this.dataSource.transaction(async (manager) => {
      const session = await this.queries.lockOpen(manager, id);
      if (!session) return null;
      const user = await this.users.find(session.userId, manager);
      const reused = !sameHash(session.secretHash, hash(secret));
      const ended =
        reused ||
        !user?.active ||
        user.tokenVersion !== session.tokenVersion ||
        differenceInMilliseconds(now, session.lastUsedAt) > SESSION_IDLE_MS ||
        now >= session.expiresAt;
      if (ended || !user) {
        // Committed, not rolled back with an error: an ended session stays ended.
        await this.queries.end(manager, session.id, now);
        return null;
      }
      const next = newSecret();
      await this.queries.replaceSecret(manager, id, hash(next), now);
      return { user, token: `${id}.${next}` };
    });
    if (!rotated) throw apiError('auth.session_ended', SESSION_ENDED);
    return rotated;
  }

  /** Ends every open session of the user. */
  endAll(manager: EntityManager, userId: string, now = new Date()): Promise<void> {
    return this.queries.endAllOf(manager, userId, now);
  }
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
