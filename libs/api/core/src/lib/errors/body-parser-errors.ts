import type { NextFunction, Request, Response } from 'express';
import type { ApiErrorBody } from '@worker-aid/shared/domain';

const MESSAGES: Record<string, [number, string]> = {
  'entity.parse.failed': [400, 'body: malformed JSON'],
  'entity.too.large': [413, 'body: larger than the 1 MB limit'],
  'encoding.unsupported': [415, 'body: unsupported content encoding'],
  'charset.unsupported': [415, 'body: unsupported charset'],
  'request.aborted': [400, 'body: the request was aborted'],
  'request.size.invalid': [400, 'body: does not match its Content-Length'],
};

/**
 * Express error middleware placed right after the JSON parser: its failures (malformed JSON,
 * a body over the limit) answer in the API's error shape instead of reaching the router.
 */
export function bodyParserErrors(
  error: unknown,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  const type = (error as { type?: unknown } | null)?.type;
  const known = typeof type === 'string' ? MESSAGES[type] : undefined;
  if (!known) return next(error);
  const [statusCode, message] = known;
  const body: ApiErrorBody = {
    statusCode,
    error:
      statusCode === 413
        ? 'Payload Too Large'
        : statusCode === 415
          ? 'Unsupported Media Type'
          : 'Bad Request',
    message,
  };
  response.status(statusCode).json(body);
}
