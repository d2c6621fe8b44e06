import { ArgumentsHost, ConflictException, HttpException, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { apiError, invalidField } from './api-error';
import { TooManyRequestsException } from './too-many-requests.exception';

function respond(exception: unknown) {
  const response = {
    sent: false,
    headers: {} as Record<string, string>,
    statusCode: 0,
    body: undefined as unknown,
  };
  const reply = {
    get sent() {
      return response.sent;
    },
    header(name: string, value: string) {
      response.headers[name] = value;
      return this;
    },
    status(code: number) {
      response.statusCode = code;
      return this;
    },
    send: (body: unknown) => (response.body = body),
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return response;
}

function pgError(code: string): QueryFailedError {
  return new QueryFailedError('INSERT …', [], Object.assign(new Error('db'), { code }));
}

describe('AllExceptionsFilter', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('keeps the status and message of HTTP exceptions', () => {
    expect(respond(new ConflictException('code: taken')).body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'record.rule',
      message: 'code: taken',
    });
  });

  it('answers an ApiError with the status of its code, the code and its extra fields', () => {
    expect(respond(apiError('worker.duplicate', 'idNumber: taken', { workerId: 'w1' })).body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'worker.duplicate',
      message: 'idNumber: taken',
      workerId: 'w1',
    });
    expect(respond(invalidField('amount', 'positive', 'must be more than zero')).body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'validation',
      message: ['amount: must be more than zero'],
      fields: [{ field: 'amount', code: 'positive', message: 'must be more than zero' }],
    });
  });

  it("says what was wrong with a body Fastify refused, in the API's words", () => {
    expect(respond(new HttpException('Request body is too large', 413)).body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      code: 'body.too_large',
      message: 'body: larger than the 1 MB limit',
    });
    expect(respond(apiError('document.too_large', 'file: larger than 20 MB')).body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      code: 'document.too_large',
      message: 'file: larger than 20 MB',
    });
  });

  it('maps constraint violations to 409 and bad values to 400', () => {
    expect(respond(pgError('23505')).body).toMatchObject({ statusCode: 409, code: 'record.duplicate' });
    expect(respond(pgError('23503')).statusCode).toBe(409);
    expect(respond(pgError('22P02')).statusCode).toBe(400);
  });

  it('answers unknown errors with a plain 500 and a correlation id, never the stack', () => {
    const { statusCode, body } = respond(new Error('secret internals at /srv/app.js:12'));
    expect(statusCode).toBe(500);
    expect(body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      code: 'server.error',
      message: 'Internal server error',
      correlationId: expect.any(String),
    });
    expect(JSON.stringify(body)).not.toContain('secret internals');
  });

  it('sets Retry-After on 429', () => {
    expect(respond(new TooManyRequestsException('slow down', 42)).headers['Retry-After']).toBe('42');
  });
});
