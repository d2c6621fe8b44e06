import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import type { ApiErrorBody } from '@worker-aid/shared/domain';

/** A JSON number written exactly as given (`1e400`, `123456789012345678901234567890`). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** A JSON value whose objects are Maps, so that keys like `__proto__` stay ordinary keys. */
export type Json = null | boolean | number | string | RawJson | Json[] | Map<string, Json>;

export function toJsonText(value: Json): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof Map)
    return `{${[...value].map(([key, inner]) => `${JSON.stringify(key)}:${toJsonText(inner)}`).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  return JSON.stringify(value);
}

export function fromPlain(value: unknown): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
    return value;
  if (Array.isArray(value)) return value.map(fromPlain);
  if (typeof value === 'object')
    return new Map(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, fromPlain(inner)]),
    );
  throw new Error(`not JSON: ${String(value)}`);
}

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 12 }).map((s) => `${s}\u0000${s}`),
  fc.constantFrom(
    "'; DROP TABLE worker; --",
    "' OR '1'='1",
    '%',
    '_',
    '\\',
    '%_\\',
    '\u0000',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '${jndi:ldap://x/a}',
    '{{7*7}}',
    '__proto__',
    'constructor',
    '２０２６-０１-０１',
    '2026-02-30',
    '9999-12-31',
    '0000-00-00',
    'NaN',
    '-0',
    '1e400',
    'null',
    '',
    ' ',
    '\t\n',
    '𠀀𠀁',
    '\u202e',
    '\ud800',
  ),
  fc.integer({ min: 300, max: 20_000 }).map((n) => 'x'.repeat(n)),
);

const hostileNumber: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    0,
    -1,
    0.5,
    1.1,
    99.99,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 63,
    1e21,
    1e308,
  ),
  fc
    .constantFrom(
      '1e400',
      '-1e400',
      '123456789012345678901234567890',
      '9223372036854775808',
      '1.0',
      '1E2',
      '-0',
    )
    .map((text) => new RawJson(text)),
);

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '__defineGetter__',
    'isAdmin',
    'role',
    'unitId',
    'id',
    'statusCode',
  ),
  fc.string({ maxLength: 10 }),
);

/** Deeply nested arrays or objects (still well under 1 MB). */
const deep: fc.Arbitrary<Json> = fc
  .tuple(fc.integer({ min: 50, max: 100_000 }), fc.boolean())
  .map(([depth, asObjects]) =>
    asObjects
      ? new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)
      : new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`),
  );

/** Any JSON value, leaning towards the ones that break servers. */
export const hostileValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    hostileNumber,
    hostileString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 }).map((entries) => new Map(entries)),
    deep,
  ),
})).value;

const KEEP = Symbol('keep');
const DROP = Symbol('drop');

/** A valid body with some fields dropped or replaced by hostile values and hostile keys added; or no object at all. */
export function hostileBody(template: Record<string, unknown>): fc.Arbitrary<Json> {
  const fields = Object.keys(template);
  const mutated = fc
    .tuple(
      fc.tuple(
        ...fields.map(() =>
          fc.oneof(
            { weight: 3, arbitrary: fc.constant<typeof KEEP>(KEEP) },
            { weight: 1, arbitrary: fc.constant<typeof DROP>(DROP) },
            { weight: 2, arbitrary: hostileValue },
          ),
        ),
      ),
      fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 2 }),
    )
    .map(([choices, extras]) => {
      const body = new Map<string, Json>();
      fields.forEach((field, i) => {
        const choice = choices[i];
        if (choice === DROP) return;
        body.set(field, choice === KEEP || choice === undefined ? fromPlain(template[field]) : choice);
      });
      for (const [key, value] of extras) body.set(key, value);
      return body as Json;
    });
  return fc.oneof({ weight: 5, arbitrary: mutated }, { weight: 1, arbitrary: hostileValue });
}

/** A path parameter that is not a UUID. */
export const malformedId: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.uuid().map((id) => `${id}x`),
    fc.uuid().map((id) => id.slice(1)),
    fc.uuid().map((id) => id.replace(/-/g, '')),
    fc.constantFrom(
      "1' OR '1'='1",
      '%00',
      '\u0000',
      '00000000-0000-0000-0000-00000000000g',
      '1',
      '-1',
      'null',
    ),
  )
  .filter((id) => id.trim() !== '' && id !== '.' && id !== '..');

const LEAKS = [
  'QueryFailedError',
  'TypeORMError',
  '/node_modules/',
  '.ts:',
  '.js:',
  'duplicate key value',
  'violates ',
];
const STACK_FRAME = /\n\s*at |\bat [\w$.<>]+ \(/;

/** What is wrong with an answer: a 5xx, a leak of internals, an error not in the API's shape. */
export function answerProblems(status: number, text: string, sent: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`answered ${status}: ${text.slice(0, 300)}`);
  for (const marker of LEAKS)
    if (text.includes(marker) && !sent.includes(marker)) problems.push(`the answer shows "${marker}"`);
  if (STACK_FRAME.test(text) && !STACK_FRAME.test(sent)) problems.push('the answer shows a stack frame');
  if (status >= 400) {
    let body: unknown;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      body = undefined;
    }
    if (!isErrorBody(body, status)) problems.push(`an error not in the API's shape: ${text.slice(0, 300)}`);
  }
  return problems;
}

function isErrorBody(body: unknown, status: number): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const { statusCode, error, message } = body as Record<string, unknown>;
  return (
    statusCode === status &&
    typeof error === 'string' &&
    (typeof message === 'string' || (Array.isArray(message) && message.every((m) => typeof m === 'string')))
  );
}

/**
 * A fingerprint of every row of every table, to prove a refused write wrote nothing. Left out:
 * the migration log, and the case-number counter, which is taken outside the case's
 * transaction by design (a case that fails to save leaves a gap in the numbers).
 */
export async function databaseFingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const tables = await dataSource.query<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'case_number_counter', 'file_number_counter') ORDER BY 1`,
  );
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS sum FROM "${name}" t`,
    )
    .join(' UNION ALL ');
  const rows = await dataSource.query<{ name: string; sum: string }[]>(sql);
  return Object.fromEntries(rows.map((row) => [row.name, row.sum]));
}
