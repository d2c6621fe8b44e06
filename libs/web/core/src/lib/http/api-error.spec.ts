import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { problemMessageKey, toApiProblem } from './api-error';
import { showServerErrors } from './server-errors';

function apiError(status: number, body: unknown, headers: Record<string, string> = {}): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body, headers: new HttpHeaders(headers), url: '/api/x' });
}

const validation = (fields: { field: string; code: string; message: string }[]) =>
  apiError(400, {
    statusCode: 400,
    error: 'Bad Request',
    code: 'validation',
    message: fields.map((f) => `${f.field}: ${f.message}`),
    fields,
  });

describe('toApiProblem', () => {
  it("turns a validation error's fields into the translation keys of their rules, per field", () => {
    const problem = toApiProblem(
      validation([
        { field: 'username', code: 'format', message: 'must be 2–32 lower-case letters' },
        { field: 'password', code: 'length', message: 'must be 10 to 128 characters' },
        { field: 'username', code: 'required', message: 'should not be empty' },
      ]),
    );
    expect(problem).toMatchObject({ status: 400, code: 'validation', messages: [] });
    expect(problem.fieldErrors).toEqual({
      username: ['fieldErrors.format', 'fieldErrors.required'],
      password: ['fieldErrors.length'],
    });
  });

  it('never reads the message: a conflict is known by its code alone', () => {
    const problem = toApiProblem(
      apiError(409, {
        statusCode: 409,
        error: 'Conflict',
        code: 'fund.insufficient',
        message: 'amount: more than …',
      }),
      ['amount'],
    );
    expect(problem).toMatchObject({ status: 409, code: 'fund.insufficient', fieldErrors: {}, messages: [] });
    expect(problemMessageKey(problem)).toBe('apiErrors.fund.insufficient');
  });

  it('maps a nested path to its form field, or leaves it general when the form lacks it', () => {
    const error = validation([
      { field: 'details.householdSize', code: 'integer', message: 'must be an integer number' },
      { field: 'extra', code: 'unknown_field', message: 'is not an allowed field' },
    ]);
    const problem = toApiProblem(error, ['details', 'name']);
    expect(problem.fieldErrors).toEqual({ details: ['fieldErrors.integer'] });
    expect(problem.messages).toEqual(['fieldErrors.unknown_field']);
    expect(toApiProblem(error).fieldErrors['details.householdSize']).toEqual(['fieldErrors.integer']);
  });

  it('reads Retry-After seconds and the correlation id of a 5xx', () => {
    const throttled = toApiProblem(
      apiError(
        429,
        { statusCode: 429, error: 'Too Many Requests', code: 'auth.throttled', message: 'try again in 42 s' },
        { 'Retry-After': '42' },
      ),
    );
    expect(throttled.retryAfterSeconds).toBe(42);
    const failed = toApiProblem(
      apiError(500, {
        statusCode: 500,
        error: 'Internal Server Error',
        code: 'server.error',
        message: 'Internal server error',
        correlationId: 'c-1',
      }),
    );
    expect(failed.correlationId).toBe('c-1');
  });

  it('copes with a body that is not the API shape (proxy page, JSON text, unknown code, network failure)', () => {
    expect(toApiProblem(apiError(502, '<html>Bad Gateway</html>'))).toMatchObject({
      status: 502,
      code: null,
      messages: [],
    });
    expect(
      toApiProblem(
        apiError(
          400,
          JSON.stringify({ code: 'validation', fields: [{ field: 'code', code: 'string', message: 'x' }] }),
        ),
      ).fieldErrors,
    ).toEqual({ code: ['fieldErrors.string'] });
    expect(toApiProblem(apiError(409, { code: 'some.future_code', message: 'x' })).code).toBeNull();
    expect(
      toApiProblem(validation([{ field: 'x', code: 'some_future_rule', message: 'x' }])).fieldErrors,
    ).toEqual({ x: ['fieldErrors.invalid'] });
    expect(toApiProblem(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') })).status).toBe(
      0,
    );
    expect(toApiProblem(new Error('boom'))).toMatchObject({ status: 0, code: null, messages: [] });
  });
});

describe('problemMessageKey', () => {
  it('names the code when there is one', () => {
    expect(problemMessageKey({ status: 403, code: 'case.four_eyes' })).toBe('apiErrors.case.four_eyes');
  });

  it.each([
    [0, 'errors.network'],
    [400, 'errors.badRequest'],
    [403, 'errors.forbidden'],
    [404, 'errors.notFound'],
    [409, 'errors.conflict'],
    [429, 'errors.tooManyRequests'],
    [503, 'errors.server'],
    [418, 'errors.unexpected'],
  ])('without a code, status %i → %s', (status, key) => {
    expect(problemMessageKey({ status, code: null })).toBe(key);
  });
});

describe('showServerErrors', () => {
  it("puts each field's rule key on its control and returns the rest", () => {
    const form = new FormGroup({ code: new FormControl('x'), name: new FormControl('n') });
    const rest = showServerErrors(form, {
      status: 400,
      code: 'validation',
      fieldErrors: { code: ['fieldErrors.format'], parentId: ['fieldErrors.uuid'] },
      messages: ['fieldErrors.unknown_field'],
      retryAfterSeconds: null,
      correlationId: null,
    });
    expect(form.controls.code.getError('server')).toBe('fieldErrors.format');
    expect(form.controls.code.touched).toBe(true);
    expect(form.controls.name.errors).toBeNull();
    expect(rest).toEqual(['fieldErrors.unknown_field', 'fieldErrors.uuid']);

    form.controls.code.setValue('CZ-EDU');
    expect(form.controls.code.errors).toBeNull();
  });
});
