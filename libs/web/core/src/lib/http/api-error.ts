import { HttpErrorResponse } from '@angular/common/http';
import { isErrorCode, isFieldCode, type ErrorCode, type FieldProblem } from '@worker-aid/shared/domain';

/**
 * A failed API call, taken apart for the screen. Everything a user reads comes from the error's
 * `code` and its fields' codes, translated (`apiErrors.<code>`, `fieldErrors.<code>`); the API's
 * English `message` is never shown or parsed.
 */
export interface ApiProblem {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  /** The API's stable code; null when the answer was not the API's error (or no answer came). */
  code: ErrorCode | null;
  /** Form field → translation keys of the rules the API says it breaks (`fieldErrors.max_length`). */
  fieldErrors: Record<string, string[]>;
  /** Translation keys of the field problems that belong to no field of the form. */
  messages: string[];
  /** Seconds to wait, from a 429's `Retry-After` header. */
  retryAfterSeconds: number | null;
  /** The id to quote to the administrator for a 5xx (it finds the details in the server log). */
  correlationId: string | null;
}

/** The translation key of an API error code: `apiErrors.case.four_eyes`. */
export function errorCodeKey(code: ErrorCode): string {
  return `apiErrors.${code}`;
}

/** The translation key of a field's rule code: `fieldErrors.id_number.check_character`. */
export function fieldCodeKey(code: string): string {
  return `fieldErrors.${isFieldCode(code) ? code : 'invalid'}`;
}

/**
 * Turns an API error (`{statusCode, code, message, fields?}`) into per-field rule keys and
 * general keys.
 *
 * @param formFields the fields the form shows; a problem of a nested path goes to its first
 *   segment when only that is a form field. Without it every named field counts.
 */
export function toApiProblem(error: unknown, formFields?: readonly string[]): ApiProblem {
  const problem: ApiProblem = {
    status: 0,
    code: null,
    fieldErrors: {},
    messages: [],
    retryAfterSeconds: null,
    correlationId: null,
  };
  if (!(error instanceof HttpErrorResponse)) return problem;
  problem.status = error.status;
  problem.retryAfterSeconds = retryAfter(error.headers.get('Retry-After'));
  const body = asErrorBody(error.error);
  if (!body) return problem;
  problem.code = body.code;
  problem.correlationId = body.correlationId;
  for (const field of body.fields) {
    const key = fieldCodeKey(field.code);
    const name = formFieldOf(field.field, formFields);
    if (name) (problem.fieldErrors[name] ??= []).push(key);
    else problem.messages.push(key);
  }
  return problem;
}

function formFieldOf(path: string, formFields?: readonly string[]): string | null {
  if (!formFields || formFields.includes(path)) return path;
  const head = path.split(/[.[]/)[0];
  return formFields.includes(head) ? head : null;
}

interface ErrorBody {
  code: ErrorCode;
  fields: FieldProblem[];
  correlationId: string | null;
}

function asErrorBody(value: unknown): ErrorBody | null {
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  const body = value as { code?: unknown; fields?: unknown; correlationId?: unknown };
  if (!isErrorCode(body.code)) return null;
  const fields = Array.isArray(body.fields)
    ? body.fields.filter(
        (f): f is FieldProblem =>
          typeof f === 'object' && f !== null && typeof (f as FieldProblem).field === 'string',
      )
    : [];
  return {
    code: body.code,
    fields,
    correlationId: typeof body.correlationId === 'string' ? body.correlationId : null,
  };
}

/** `Retry-After` is either seconds or an HTTP date. */
function retryAfter(header: string | null): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/**
 * The translation key of what went wrong, for the heading of an error box: the API's code
 * (`apiErrors.payment.over_approved`), else a key for the status.
 */
export function problemMessageKey(problem: Pick<ApiProblem, 'status' | 'code'>): string {
  if (problem.code) return errorCodeKey(problem.code);
  const { status } = problem;
  if (status === 0) return 'errors.network';
  if (status === 400) return 'errors.badRequest';
  if (status === 401) return 'errors.unauthorized';
  if (status === 403) return 'errors.forbidden';
  if (status === 404) return 'errors.notFound';
  if (status === 409) return 'errors.conflict';
  if (status === 413) return 'errors.tooLarge';
  if (status === 429) return 'errors.tooManyRequests';
  if (status >= 500) return 'errors.server';
  return 'errors.unexpected';
}
