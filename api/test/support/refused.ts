import type { Test } from 'supertest';
import { ERROR_CODES, type ErrorCode, type FieldCode } from '@worker-aid/shared/domain';

/** Awaits a request that must be refused with this code (and its status), and returns the body. */
export async function refused(call: Test, code: ErrorCode): Promise<Record<string, unknown>> {
  const response = await call;
  expect({ status: response.status, code: (response.body as { code?: string }).code }).toEqual({
    status: ERROR_CODES[code][0],
    code,
  });
  return response.body as Record<string, unknown>;
}

/** Awaits a request that must be a 400 `validation` naming this field with this rule. */
export async function invalidField(call: Test, field: string, fieldCode: FieldCode): Promise<void> {
  const body = await refused(call, 'validation');
  expect(body['fields']).toEqual(
    expect.arrayContaining([expect.objectContaining({ field, code: fieldCode })]),
  );
}
