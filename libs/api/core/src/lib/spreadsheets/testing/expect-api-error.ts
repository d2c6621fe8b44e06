import type { ErrorCode } from '@worker-aid/shared/domain';
import { ApiError } from '../../errors/api-error';

/** Awaits `promise` and checks it failed with this ApiError code (and so its HTTP status). */
export async function expectApiError(
  promise: Promise<unknown>,
  code: ErrorCode,
  status: number,
): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError) || error.code !== code || error.getStatus() !== status) {
    const got = error instanceof ApiError ? `${error.code} (${error.getStatus()})` : String(error);
    throw new Error(`expected ApiError ${code} (${status}), got ${got}`);
  }
}

/** Every row of an async generator, or its error. */
export async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}
