import { inputProblem, MAX_JSON_DEPTH } from './input-limits';

describe('inputProblem', () => {
  it('passes ordinary bodies', () => {
    expect(inputProblem({ details: { hospital: '医院' }, list: [1, 'a'] }, 'body')).toBeNull();
  });

  it('names the field that holds a NUL character', () => {
    expect(inputProblem({ details: { hospital: 'a\u0000b' } }, 'body')).toBe(
      'details.hospital: may not contain NUL characters',
    );
    expect(inputProblem({ q: '\u0000' }, 'query')).toBe('q: may not contain NUL characters');
  });

  it('refuses the field names of prototype pollution', () => {
    expect(inputProblem(JSON.parse('{"name":"a","__proto__":{"role":"admin"}}'), 'body')).toBe(
      '__proto__: is not an allowed field name',
    );
    expect(inputProblem(JSON.parse('{"details":{"constructor":{"prototype":{}}}}'), 'body')).toBe(
      'details.constructor: is not an allowed field name',
    );
  });

  it('refuses hostile nesting without running out of stack', () => {
    const deep: unknown = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(inputProblem(deep, 'body')).toBe(`body: nested more than ${MAX_JSON_DEPTH} levels deep`);
  });
});
