import { Injectable } from '@nestjs/common';
import type { Principal } from './principal';

const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/**
 * The principals of users seen in the last few seconds, so that a request of someone who just
 * asked costs no user look-up. An entry belongs to one token version: anything that ends a
 * user's sessions (disabling, a new role or password, logout) raises the version and forgets
 * the entry in this process once its transaction has committed, so the change takes effect at
 * once. (A second API process would keep its own entries and see the change within TTL_MS.)
 */
@Injectable()
export class PrincipalCache {
  private readonly entries = new Map<string, { tokenVersion: number; principal: Principal; until: number }>();

  get(userId: string, tokenVersion: number, now = Date.now()): Principal | undefined {
    const entry = this.entries.get(userId);
    return entry && entry.tokenVersion === tokenVersion && entry.until > now ? entry.principal : undefined;
  }

  set(userId: string, tokenVersion: number, principal: Principal, now = Date.now()): void {
    if (this.entries.size >= MAX_ENTRIES) {
      for (const [id, entry] of this.entries) if (entry.until <= now) this.entries.delete(id);
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    }
    this.entries.set(userId, { tokenVersion, principal, until: now + TTL_MS });
  }

  forget(userId: string): void {
    this.entries.delete(userId);
  }
}
