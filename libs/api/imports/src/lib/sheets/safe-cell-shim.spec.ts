import { neutraliseCell } from './safe-cell-shim';

describe('neutraliseCell', () => {
  it('puts an apostrophe before a string that begins like a formula', () => {
    for (const text of ['=SUM(A1)', '+1', '-1', '@cmd', '\tx', '\rx'])
      expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it('leaves other strings and other values as they are', () => {
    for (const value of ['张三', 'a=b', '', "'=x", 12, null, undefined])
      expect(neutraliseCell(value)).toBe(value);
  });
});
