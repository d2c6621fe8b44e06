import type { EncryptionKeys } from '@worker-aid/api/core';
import { BenchApp, type CapturedQuery, isCaseListQuery } from '../bench/bench-app';

export interface CaseListCapture {
  /** The case-list statement among them, which the baseline serves. */
  list: CapturedQuery;
  /** Every statement the request sent, in order. */
  all: CapturedQuery[];
}

/**
 * The SQL the app sends for `username`'s first page of `GET /api/cases`, captured from TypeORM's
 * logger as the bench does: the app in this process for a moment, on the same database.
 */
export async function captureCaseListQuery(
  databaseUrl: string,
  username: string,
  keys: EncryptionKeys,
): Promise<CaseListCapture> {
  const app = await BenchApp.start(databaseUrl, keys);
  try {
    const token = await app.login(username);
    await app.get('/api/cases', token); // the principal is looked up (and cached) on the first request
    const all = await app.captureQueries(() => app.get('/api/cases', token));
    const list = all.find(isCaseListQuery);
    if (!list) throw new Error('the case list query was not captured');
    return { list, all };
  } finally {
    await app.stop();
  }
}
