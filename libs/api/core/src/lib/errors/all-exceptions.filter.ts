import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { ERROR_CODES, type ApiErrorBody, type ErrorCode } from '@worker-aid/shared/domain';
import {
  PG_CHECK_VIOLATION,
  PG_FOREIGN_KEY_VIOLATION,
  PG_INVALID_TEXT_REPRESENTATION,
  PG_NOT_NULL_VIOLATION,
  PG_UNIQUE_VIOLATION,
  isDatabaseBusy,
  pgErrorCode,
} from '../database/pg-errors';
import { ApiError, codeForStatus } from './api-error';
import { BODY_TOO_LARGE } from './json-bodies';
import { TooManyRequestsException } from './too-many-requests.exception';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** How long a client should wait before retrying a request the busy database could not take. */
const BUSY_RETRY_AFTER_SECONDS = 1;

/**
 * The one error shape of the API. Known failures keep their status; database constraint
 * violations become 400/409; anything else is a plain 500 whose details stay in the log,
 * found again by the correlation id the client gets.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toBody(exception);
    if (body.statusCode === 503) {
      this.logger.warn(`busy: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else if (body.statusCode >= 500) {
      body.correlationId = randomUUID();
      const detail = exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
      this.logger.error(`correlationId=${body.correlationId} ${detail}`);
    }
    if (reply.sent) return;
    if (exception instanceof TooManyRequestsException)
      void reply.header('Retry-After', String(exception.retryAfterSeconds));
    if (body.statusCode === 503) void reply.header('Retry-After', String(BUSY_RETRY_AFTER_SECONDS));
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Fastify answers a JSON body over the limit with 413 before any code of ours runs; Nest
      // hands its error on as a plain HttpException in Fastify's words. (A 413 of our own, an
      // ApiError such as `document.too_large`, keeps its code.)
      if (status === HttpStatus.PAYLOAD_TOO_LARGE && !(exception instanceof ApiError))
        return body('body.too_large', BODY_TOO_LARGE);
      const payload = exception.getResponse();
      const error = REASONS[status] ?? exception.name;
      // The framework's own errors (an unknown route, …) get the code of their status.
      if (typeof payload === 'string')
        return { statusCode: status, error, code: codeForStatus(status), message: payload };
      // Extra fields of a thrown body (e.g. the existing worker's id on a duplicate) are kept.
      const { message, code, ...rest } = payload as { message?: string | string[]; code?: ErrorCode };
      return {
        ...rest,
        statusCode: status,
        error,
        code: code ?? codeForStatus(status),
        message: message ?? exception.message,
      };
    }
    // The transaction was rolled back with it, so the request may simply be sent again.
    if (isDatabaseBusy(exception)) return body('server.busy', 'the server is busy: try again in a moment');
    switch (pgErrorCode(exception)) {
      case PG_UNIQUE_VIOLATION:
        return body('record.duplicate', 'a record with the same unique value already exists');
      case PG_FOREIGN_KEY_VIOLATION:
        return body('record.referenced', 'the record refers to, or is referred to by, another record');
      case PG_CHECK_VIOLATION:
        return body('record.rule', 'the change would break a rule of the records');
      case PG_NOT_NULL_VIOLATION:
        return body('validation', 'a required value is missing');
      case PG_INVALID_TEXT_REPRESENTATION:
        return body('validation', 'a value has the wrong format');
    }
    return body('server.error', 'Internal server error');
  }
}

function body(code: ErrorCode, message: string): ApiErrorBody {
  const statusCode = ERROR_CODES[code][0];
  return { statusCode, error: REASONS[statusCode] ?? 'Error', code, message };
}
