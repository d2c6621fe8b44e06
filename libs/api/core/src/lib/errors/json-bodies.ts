import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error';

/** The largest request body the API takes; Fastify refuses a larger one with 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** What the 413 says (the exception filter puts it in place of Fastify's words). */
export const BODY_TOO_LARGE = `body: larger than the ${BODY_LIMIT_BYTES / (1024 * 1024)} MB limit`;

const MALFORMED = 'body: malformed JSON';

/**
 * The API takes JSON bodies only: any other content type is a 415. Fastify's own parsers go
 * (its text/plain parser would hand a DTO a string).
 */
export function acceptJsonBodiesOnly(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    try {
      done(null, parseJsonBody(text as string));
    } catch (error) {
      done(error as Error);
    }
  });
  fastify.addContentTypeParser('*', (_request, _payload, done) => {
    done(unsupportedBody());
  });
}

/** The 415 for a body the API does not take. */
export function unsupportedBody(): ApiError {
  return new ApiError('body.unsupported_type', 'body: send JSON, with Content-Type: application/json');
}

/**
 * An object or an array, as a strict JSON parser takes them; an empty body is `{}`. Anything
 * else is a 400 in the API's error shape.
 */
export function parseJsonBody(text: string): unknown {
  const start = text.trimStart();
  if (start === '') return {};
  if (start[0] !== '{' && start[0] !== '[') throw new ApiError('body.malformed', MALFORMED);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('body.malformed', MALFORMED);
  }
}
