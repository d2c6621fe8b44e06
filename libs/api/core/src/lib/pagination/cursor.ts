import { invalidField } from '../errors/api-error';

/**
 * Opaque keyset cursors: the sort key of the last row of a page, as base64url JSON.
 * A cursor the server did not make is a 400, never a 500.
 */
export const INVALID_CURSOR = 'cursor: is not a cursor this list issued';

/** The 400 for a cursor the server did not make. */
export function invalidCursor() {
  return invalidField('cursor', 'cursor', 'is not a cursor this list issued');
}

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(key) || key.length !== shape.length || key.some((part, i) => typeof part !== shape[i])) {
    throw invalidCursor();
  }
  return key as (string | number)[];
}

/** The largest value of a PostgreSQL `bigint`, the type of the lists' sequence columns. */
const MAX_BIGINT = 9_223_372_036_854_775_807n;

/**
 * The sequence number (a `bigint`, as a string) of a cursor made by `encodeCursor([seq])`:
 * anything else, including a number beyond `bigint`, is a 400 rather than a database error.
 */
export function decodeSequenceCursor(cursor: string): string {
  const [after] = decodeCursor(cursor, ['string']);
  const seq = String(after);
  if (!/^\d{1,19}$/.test(seq) || BigInt(seq) > MAX_BIGINT) throw invalidCursor();
  return seq;
}
