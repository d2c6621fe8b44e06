import { QueryFailedError } from 'typeorm';

/** PostgreSQL SQLSTATE codes the API answers with a 4xx rather than a 500. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_NOT_NULL_VIOLATION = '23502';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';
export const PG_INVALID_TEXT_REPRESENTATION = '22P02';
export const PG_SERIALIZATION_FAILURE = '40001';

export function pgErrorCode(error: unknown): string | undefined {
  if (error instanceof QueryFailedError) {
    const driverError = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
    return driverError?.code;
  }
  return undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return pgErrorCode(error) === PG_UNIQUE_VIOLATION;
}
