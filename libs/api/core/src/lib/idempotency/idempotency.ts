import { apiError, invalidField } from '../errors/api-error';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { IDEMPOTENCY_KEY_PATTERN } from '@worker-aid/shared/domain';
import { IdempotencyRecord } from './idempotency-record.entity';

/** How long answers are kept for replay; the contract asks for at least 24 hours. */
export const IDEMPOTENCY_RETENTION_HOURS = 48;

export type Idempotent<T> =
  | { replayed: false; claim: IdempotencyClaim }
  | { replayed: true; status: number; body: T };

export interface IdempotencyClaim {
  userId: string;
  key: string;
}

export function requireIdempotencyKey(header: string | undefined): string {
  if (!header) throw invalidField('Idempotency-Key', 'required', 'the header is required for payments');
  if (!IDEMPOTENCY_KEY_PATTERN.test(header)) {
    throw invalidField('Idempotency-Key', 'format', 'must be 1–200 visible ASCII characters');
  }
  return header;
}

export function requestHash(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * Claims `key` for this request inside the caller's transaction (Stripe's model). The first
 * request inserts the key; a second one with the same key waits on that row until the first
 * commits, then gets the stored answer (or a 409 when its request differs). If the first rolls
 * back, its key goes with it and the retry runs afresh.
 */
export async function claimIdempotencyKey<T>(
  manager: EntityManager,
  userId: string,
  key: string,
  hash: string,
): Promise<Idempotent<T>> {
  const inserted = await manager.query<unknown[]>(
    `INSERT INTO idempotency_record (user_id, key, request_hash) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
    [userId, key, hash],
  );
  if (inserted.length > 0) return { replayed: false, claim: { userId, key } };
  const stored = await manager.findOneByOrFail(IdempotencyRecord, { userId, key });
  if (stored.requestHash !== hash) {
    throw apiError('idempotency.key_reused', 'Idempotency-Key: already used for a different request');
  }
  return { replayed: true, status: stored.responseStatus ?? 201, body: stored.responseBody as T };
}

export async function storeIdempotentAnswer(
  manager: EntityManager,
  claim: IdempotencyClaim,
  status: number,
  body: unknown,
): Promise<void> {
  await manager.update(
    IdempotencyRecord,
    { userId: claim.userId, key: claim.key },
    { responseStatus: status, responseBody: body as object },
  );
}

export async function purgeOldIdempotencyKeys(manager: EntityManager): Promise<void> {
  await manager.query(
    `DELETE FROM idempotency_record WHERE created_at < now() - make_interval(hours => $1)`,
    [IDEMPOTENCY_RETENTION_HOURS],
  );
}
