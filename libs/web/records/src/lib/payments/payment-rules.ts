import type { CaseStatus } from '@worker-aid/shared/domain';

/** Statuses whose case page shows the payment panel. */
export const PAYABLE_VIEW_STATUSES: readonly CaseStatus[] = ['approved', 'disbursed', 'closed'];

/**
 * A fresh random key. `crypto.randomUUID` exists only in secure contexts (https, localhost); on
 * plain http inside the office network the key is made from `getRandomValues` instead.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The `Idempotency-Key` of one record-payment dialog. A retry of the same body reuses the key,
 * so a double click or a retry after a lost answer never pays twice. A changed body gets a new
 * key only when the server surely wrote nothing for the last one (it answered with a 4xx);
 * after an unknown outcome (network error, 5xx) the key stays, and the server refuses a
 * different body under it rather than paying again.
 */
export class IdempotencyKeys {
  private key: string;
  private body: string | null = null;
  private lastRejected = false;

  constructor(private readonly newKey: () => string = newIdempotencyKey) {
    this.key = newKey();
  }

  /** The key to send with this body. */
  keyFor(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.body !== null && this.body !== text && this.lastRejected) this.key = this.newKey();
    this.body = text;
    this.lastRejected = false;
    return this.key;
  }

  /** Notes how the last attempt ended: `status` of the answer, 0 when none came. */
  failed(status: number): void {
    this.lastRejected = status >= 400 && status < 500;
  }
}
