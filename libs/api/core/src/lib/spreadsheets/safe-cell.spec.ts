import { neutraliseCell, plainText } from './safe-cell';

describe('neutraliseCell', () => {
  it.each(['=1+1', '+86 138', '-5', '@SUM(A1)', '\tx', '\r=1', '=HYPERLINK("http://evil","click")'])(
    'puts an apostrophe before %j',
    (text) => {
      expect(neutraliseCell(text)).toBe(`'${text}`);
    },
  );

  it.each(['市总工会', 'a=1', ' =1', "'=1", '', '1-2', 'x@y.cn'])('leaves %j as it is', (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });

  it('never touches numbers, booleans or empty cells', () => {
    expect([-5, 0, 12.5, true, false, null, undefined].map(neutraliseCell)).toEqual([
      -5,
      0,
      12.5,
      true,
      false,
      null,
      undefined,
    ]);
  });

  it('is what the report writers call plainText', () => {
    expect(plainText).toBe(neutraliseCell);
  });
});
