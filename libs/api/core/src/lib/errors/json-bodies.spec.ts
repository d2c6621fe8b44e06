import { parseJsonBody } from './json-bodies';

describe('parseJsonBody', () => {
  it('parses objects and arrays, and takes an empty body as {}', () => {
    expect(parseJsonBody('{"name":"张三"}')).toEqual({ name: '张三' });
    expect(parseJsonBody(' [1, 2]')).toEqual([1, 2]);
    expect(parseJsonBody('')).toEqual({});
    expect(parseJsonBody('  \n')).toEqual({});
  });

  it.each(['{', '{"a":}', "{'a':1}", '[1,]', '\u0000', '{"a":1}{"b":2}', 'null', '"text"', '42', 'true'])(
    'refuses %j with a 400 that names the body',
    (text) => {
      expect(() => parseJsonBody(text)).toThrow(
        expect.objectContaining({ code: 'body.malformed', message: 'body: malformed JSON' }),
      );
    },
  );
});
