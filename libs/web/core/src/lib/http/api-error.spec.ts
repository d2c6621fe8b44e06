import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { problemMessageKey, toApiProblem } from './api-error';
import { showServerErrors } from './server-errors';

function apiError(status: number, body: unknown, headers: Record<string, string> = {}): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body, headers: new HttpHeaders(headers), url: '/api/x' });
}

describe('toApiProblem', () => {
  it('splits a 400 array of "field: rule" messages into per-field messages', () => {
    const problem = toApiProblem(
      apiError(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: [
          'username: must be 2–32 lower-case letters, digits, ".", "-" or "_"',
          'password: must be 10 to 128 characters',
          'username: should not be empty',
        ],
      }),
    );
    expect(problem.status).toBe(400);
    expect(problem.fieldErrors).toEqual({
      username: ['must be 2–32 lower-case letters, digits, ".", "-" or "_"', 'should not be empty'],
      password: ['must be 10 to 128 characters'],
    });
    expect(problem.messages).toEqual([]);
  });

  it('keeps messages without a field, and a single string message, as general messages', () => {
    expect(
      toApiProblem(
        apiError(400, { statusCode: 400, error: 'Bad Request', message: 'body: malformed JSON' }),
        ['name'],
      ),
    ).toMatchObject({ fieldErrors: {}, messages: ['body: malformed JSON'] });
    expect(
      toApiProblem(apiError(409, { statusCode: 409, error: 'Conflict', message: 'the code is taken' })),
    ).toMatchObject({ status: 409, fieldErrors: {}, messages: ['the code is taken'] });
  });

  it('maps a nested path to its form field, or leaves it general when the form lacks it', () => {
    const error = apiError(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: ['details.householdSize: must be an integer number', 'extra: is not an allowed field'],
    });
    const problem = toApiProblem(error, ['details', 'name']);
    expect(problem.fieldErrors).toEqual({ details: ['householdSize: must be an integer number'] });
    expect(problem.messages).toEqual(['extra: is not an allowed field']);
    expect(toApiProblem(error).fieldErrors['details.householdSize']).toEqual(['must be an integer number']);
  });

  it('reads Retry-After seconds and the correlation id of a 5xx', () => {
    const throttled = toApiProblem(
      apiError(
        429,
        { statusCode: 429, error: 'Too Many Requests', message: 'try again in 42 s' },
        { 'Retry-After': '42' },
      ),
    );
    expect(throttled.retryAfterSeconds).toBe(42);
    const failed = toApiProblem(
      apiError(500, {
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'Internal server error',
        correlationId: 'c-1',
      }),
    );
    expect(failed.correlationId).toBe('c-1');
  });

  it('copes with a body that is not the API shape (proxy page, JSON text, network failure)', () => {
    expect(toApiProblem(apiError(502, '<html>Bad Gateway</html>'))).toMatchObject({
      status: 502,
      messages: [],
    });
    expect(
      toApiProblem(apiError(400, JSON.stringify({ message: ['code: must be a string'] }))).fieldErrors,
    ).toEqual({
      code: ['must be a string'],
    });
    expect(toApiProblem(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') })).status).toBe(
      0,
    );
    expect(toApiProblem(new Error('boom'))).toMatchObject({ status: 0, messages: ['boom'] });
  });
});

describe('problemMessageKey', () => {
  it.each([
    [0, 'errors.network'],
    [400, 'errors.badRequest'],
    [403, 'errors.forbidden'],
    [404, 'errors.notFound'],
    [409, 'errors.conflict'],
    [429, 'errors.tooManyRequests'],
    [503, 'errors.server'],
    [418, 'errors.unexpected'],
  ])('status %i → %s', (status, key) => {
    expect(problemMessageKey({ status })).toBe(key);
  });
});

describe('showServerErrors', () => {
  it('puts field messages on the controls and returns the rest', () => {
    const form = new FormGroup({ code: new FormControl('x'), name: new FormControl('n') });
    const rest = showServerErrors(form, {
      status: 400,
      fieldErrors: { code: ['must be 2–32 letters'], parentId: ['must be a UUID'] },
      messages: ['something general'],
      retryAfterSeconds: null,
      correlationId: null,
    });
    expect(form.controls.code.getError('server')).toBe('must be 2–32 letters');
    expect(form.controls.code.touched).toBe(true);
    expect(form.controls.name.errors).toBeNull();
    expect(rest).toEqual(['something general', 'parentId: must be a UUID']);

    form.controls.code.setValue('CZ-EDU');
    expect(form.controls.code.errors).toBeNull();
  });
});
