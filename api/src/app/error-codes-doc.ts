import { ERROR_CODES, FIELD_CODES } from '@worker-aid/shared/domain';

/** The error codes as the OpenAPI description lists them (markdown tables). */
export function errorCodesDescription(): string {
  const codes = Object.entries(ERROR_CODES).map(
    ([code, [status, meaning]]) => `| \`${code}\` | ${status} | ${meaning} |`,
  );
  const fields = Object.entries(FIELD_CODES).map(([code, meaning]) => `| \`${code}\` | ${meaning} |`);
  return [
    '## Errors',
    'Every error body is `{statusCode, error, message, code}`; `code` is stable and clients translate it',
    '(never parse `message`). A `validation` error adds `fields: [{field, code, message}]`.',
    '',
    '| code | status | meaning |',
    '|---|---|---|',
    ...codes,
    '',
    '### Field codes (`fields[].code`)',
    '| code | meaning |',
    '|---|---|',
    ...fields,
  ].join('\n');
}
