import { ArgumentsHost, ConflictException, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { TooManyRequestsException } from './too-many-requests.exception';

function respond(exception: unknown) {
  const response = {
    headersSent: false,
    headers: {} as Record<string, string>,
    statusCode: 0,
    body: undefined as unknown,
  };
  const res = {
    get headersSent() {
      return response.headersSent;
    },
    setHeader: (name: string, value: string) => (response.headers[name] = value),
    status(code: number) {
      response.statusCode = code;
      return this;
    },
    json: (body: unknown) => (response.body = body),
  };
  const host = { switchToHttp: () => ({ getResponse: () => res }) } as unknown as ArgumentsHost;
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
      message: 'code: taken',
    });
  });

  it('maps constraint violations to 409 and bad values to 400', () => {
    expect(respond(pgError('23505')).statusCode).toBe(409);
    expect(respond(pgError('23503')).statusCode).toBe(409);
    expect(respond(pgError('22P02')).statusCode).toBe(400);
  });

  it('answers unknown errors with a plain 500 and a correlation id, never the stack', () => {
    const { statusCode, body } = respond(new Error('secret internals at /srv/app.js:12'));
    expect(statusCode).toBe(500);
    expect(body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
      correlationId: expect.any(String),
    });
    expect(JSON.stringify(body)).not.toContain('secret internals');
  });

  it('sets Retry-After on 429', () => {
    expect(respond(new TooManyRequestsException('slow down', 42)).headers['Retry-After']).toBe('42');
  });
});
