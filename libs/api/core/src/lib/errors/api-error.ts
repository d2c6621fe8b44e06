import { HttpException, HttpStatus } from '@nestjs/common';
import {
  ERROR_CODES,
  isErrorCode,
  type ErrorCode,
  type FieldCode,
  type FieldProblem,
} from '@worker-aid/shared/domain';

/**
 * An error the API answers on purpose: its status comes from the code (ERROR_CODES), its body
 * carries the code, the message and any extra fields (e.g. the existing worker's `id`).
 */
export class ApiError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string | string[],
    extra: Record<string, unknown> = {},
  ) {
    super({ ...extra, code, message }, ERROR_CODES[code][0]);
  }
}

/** A state conflict, a refused permission or a missing record, with its code. */
export function apiError(code: ErrorCode, message: string, extra?: Record<string, unknown>): ApiError {
  return new ApiError(code, message, extra);
}

/** A 404 (`case.not_found`, …) for a record that does not exist or lies outside the caller's scope. */
export function notFound(entity: string): ApiError {
  const code = `${entity}.not_found`;
  return new ApiError(isErrorCode(code) ? code : 'not_found', `${entity} not found`);
}

/** A 400 `validation` error: each problem names its field and rule, as `"field: rule"` in `message` too. */
export function invalid(problems: readonly FieldProblem[]): ApiError {
  return new ApiError(
    'validation',
    problems.map((p) => `${p.field}: ${p.message}`),
    { fields: problems },
  );
}

/** A 400 `validation` error about one field. */
export function invalidField(field: string, code: FieldCode, message: string): ApiError {
  return invalid([{ field, code, message }]);
}

/** The code of an HTTP error that was not raised as an ApiError (the framework's own). */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case HttpStatus.BAD_REQUEST:
      return 'validation';
    case HttpStatus.UNAUTHORIZED:
      return 'auth.required';
    case HttpStatus.FORBIDDEN:
      return 'auth.forbidden';
    case HttpStatus.NOT_FOUND:
      return 'not_found';
    case HttpStatus.CONFLICT:
      return 'record.rule';
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return 'body.too_large';
    case HttpStatus.UNSUPPORTED_MEDIA_TYPE:
      return 'body.unsupported_type';
    case HttpStatus.TOO_MANY_REQUESTS:
      return 'auth.throttled';
    case HttpStatus.SERVICE_UNAVAILABLE:
      return 'server.busy';
    default:
      return 'server.error';
  }
}
