import { inputProblem, MAX_JSON_DEPTH } from './input-limits';

/** The problem as v1's `"field: rule"` text. */
function problemText(value: unknown, name: string): string | null {
  const problem = inputProblem(value, name);
  return problem && `${problem.field}: ${problem.message}`;
}

describe('inputProblem', () => {
  it('passes ordinary bodies', () => {
    expect(problemText({ details: { hospital: '医院' }, list: [1, 'a'] }, 'body')).toBeNull();
  });

  it('names the field that holds a NUL character', () => {
    expect(problemText({ details: { hospital: 'a\u0000b' } }, 'body')).toBe(
      'details.hospital: may not contain NUL characters',
    );
    expect(problemText({ q: '\u0000' }, 'query')).toBe('q: may not contain NUL characters');
  });

  it('refuses the field names of prototype pollution', () => {
    expect(problemText(JSON.parse('{"name":"a","__proto__":{"role":"admin"}}'), 'body')).toBe(
      '__proto__: is not an allowed field name',
    );
    expect(problemText(JSON.parse('{"details":{"constructor":{"prototype":{}}}}'), 'body')).toBe(
      'details.constructor: is not an allowed field name',
    );
  });

  it('gives each problem its field code', () => {
    expect(inputProblem({ q: '\u0000' }, 'query')?.code).toBe('nul_character');
    expect(inputProblem(JSON.parse('{"__proto__":{}}'), 'body')?.code).toBe('forbidden_name');
  });

  it('refuses hostile nesting without running out of stack', () => {
    const deep: unknown = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(problemText(deep, 'body')).toBe(`body: nested more than ${MAX_JSON_DEPTH} levels deep`);
  });
});
