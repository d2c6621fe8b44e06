import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@worker-aid/shared/domain';

/** A failed API call, taken apart for the screen. */
export interface ApiProblem {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  /** Messages that name a field of the form: field → rule texts, e.g. `username → ["must be …"]`. */
  fieldErrors: Record<string, string[]>;
  /** Messages that name no field, or a field the form does not have (kept whole, with the field). */
  messages: string[];
  /** Seconds to wait, from a 429's `Retry-After` header. */
  retryAfterSeconds: number | null;
  /** The id to quote to the administrator for a 5xx (it finds the details in the server log). */
  correlationId: string | null;
}

/** `"field: rule text"` — the field may be a path such as `details.householdSize` or `items[0].amount`. */
const FIELD_MESSAGE = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*):\s+(.+)$/s;

/**
 * Turns an API error (NestJS shape: `message` is a string or an array of `"field: rule"`
 * strings) into per-field messages and general messages.
 *
 * @param formFields the fields the form shows; a message for a nested path goes to its
 *   first segment when only that is a form field. Without it every named field counts.
 */
export function toApiProblem(error: unknown, formFields?: readonly string[]): ApiProblem {
  const problem: ApiProblem = {
    status: 0,
    fieldErrors: {},
    messages: [],
    retryAfterSeconds: null,
    correlationId: null,
  };
  if (!(error instanceof HttpErrorResponse)) {
    if (error instanceof Error && error.message) problem.messages.push(error.message);
    return problem;
  }
  problem.status = error.status;
  problem.retryAfterSeconds = retryAfter(error.headers.get('Retry-After'));
  const body = asErrorBody(error.error);
  if (!body) return problem;
  problem.correlationId = body.correlationId ?? null;
  const texts = Array.isArray(body.message) ? body.message : [body.message];
  for (const text of texts) {
    if (typeof text !== 'string' || text.trim() === '') continue;
    const field = fieldOf(text, formFields);
    if (field) {
      (problem.fieldErrors[field.name] ??= []).push(field.rule);
    } else {
      problem.messages.push(text);
    }
  }
  return problem;
}

function fieldOf(text: string, formFields?: readonly string[]): { name: string; rule: string } | null {
  const match = FIELD_MESSAGE.exec(text.trim());
  if (!match) return null;
  const [, path, rule] = match;
  if (!formFields) return { name: path, rule };
  if (formFields.includes(path)) return { name: path, rule };
  const head = path.split(/[.[]/)[0];
  if (formFields.includes(head)) return { name: head, rule: `${path.slice(head.length + 1)}: ${rule}` };
  return null;
}

function asErrorBody(value: unknown): ApiErrorBody | null {
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null || !('message' in value)) return null;
  const body = value as Partial<ApiErrorBody>;
  const message = body.message;
  if (
    typeof message !== 'string' &&
    !(Array.isArray(message) && message.every((m) => typeof m === 'string'))
  ) {
    return null;
  }
  return {
    statusCode: typeof body.statusCode === 'number' ? body.statusCode : 0,
    error: typeof body.error === 'string' ? body.error : '',
    message,
    correlationId: typeof body.correlationId === 'string' ? body.correlationId : undefined,
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

/** The translation key of a general message for the status. */
export function problemMessageKey(problem: Pick<ApiProblem, 'status'>): string {
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
