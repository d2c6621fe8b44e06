import { QueryFailedError } from 'typeorm';

/** PostgreSQL SQLSTATE codes the API answers with a 4xx rather than a 500. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_NOT_NULL_VIOLATION = '23502';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';
export const PG_INVALID_TEXT_REPRESENTATION = '22P02';
export const PG_SERIALIZATION_FAILURE = '40001';
/** statement_timeout (or a cancel) ended the statement. */
export const PG_QUERY_CANCELED = '57014';

export function pgErrorCode(error: unknown): string | undefined {
  if (error instanceof QueryFailedError) {
    const driverError = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
    return driverError?.code;
  }
  return undefined;
}

/**
 * The database could not take the work in time: a statement ran past its statement_timeout, or
 * no pooled connection came free within the pool's wait. Both mean "busy", not "broken".
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (pgErrorCode(error) === PG_QUERY_CANCELED) return true;
  // pg-pool's own error; it has no code.
  return error instanceof Error && error.message === 'timeout exceeded when trying to connect';
}

export function isUniqueViolation(error: unknown): boolean {
  return pgErrorCode(error) === PG_UNIQUE_VIOLATION;
}
