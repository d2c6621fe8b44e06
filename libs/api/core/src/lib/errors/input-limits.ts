import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { ApiErrorBody, FieldProblem } from '@worker-aid/shared/domain';

/** Far deeper than any request body of the API (a case's `details` is the deepest, at two). */
export const MAX_JSON_DEPTH = 32;

/**
 * A Fastify hook run once the body is parsed, before any guard or pipe, for what no DTO can catch:
 * - a body nested deeper than MAX_JSON_DEPTH (validation copies bodies recursively and would
 *   run out of stack on a few thousand brackets, well inside the 1 MB limit);
 * - a NUL character in any text of the body or the query string (PostgreSQL cannot store or
 *   compare it, and would fail the query);
 * - a field named `__proto__`, `constructor` or `prototype`, the keys of prototype pollution:
 *   validation would quietly drop them, but a request carrying them is an attack, not a typo.
 * Each is a 400 in the API's error shape that names the field.
 */
export function inputLimits(
  request: FastifyRequest,
  reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  const problem = inputProblem(request.body, 'body') ?? inputProblem(request.query, 'query');
  if (!problem) return done();
  const body: ApiErrorBody = {
    statusCode: 400,
    error: 'Bad Request',
    code: 'validation',
    message: [`${problem.field}: ${problem.message}`],
    fields: [problem],
  };
  void reply.status(400).send(body);
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What is wrong with a parsed body or query (walked without recursion), or null. */
export function inputProblem(value: unknown, name: string): FieldProblem | null {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (pending.length > 0) {
    const current = pending.pop() as (typeof pending)[number];
    const field = current.path || name;
    if (typeof current.value === 'string') {
      if (current.value.includes('\u0000'))
        return { field, code: 'nul_character', message: 'may not contain NUL characters' };
      continue;
    }
    if (typeof current.value !== 'object' || current.value === null) continue;
    if (current.depth >= MAX_JSON_DEPTH)
      return { field: name, code: 'too_deep', message: `nested more than ${MAX_JSON_DEPTH} levels deep` };
    for (const [key, inner] of Object.entries(current.value)) {
      if (key.includes('\u0000'))
        return { field, code: 'nul_character', message: 'may not contain NUL characters in a field name' };
      const path = current.path ? `${current.path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key))
        return { field: path, code: 'forbidden_name', message: 'is not an allowed field name' };
      pending.push({ value: inner, path, depth: current.depth + 1 });
    }
  }
  return null;
}
