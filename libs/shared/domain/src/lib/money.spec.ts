import { fen, formatFen, formatYuan, isFen, parseYuan } from './money';

describe('money in fen', () => {
  it('formats as yuan with two decimals', () => {
    expect(formatFen(123450)).toBe('¥1,234.50');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(1634770000)).toBe('¥16,347,700.00');
    expect(formatFen(-2500)).toBe('-¥25.00');
    expect(formatYuan(100)).toBe('1.00');
  });

  it('parses typed yuan exactly, without floating point', () => {
    expect(parseYuan('1234.5')).toBe(123450);
    expect(parseYuan('¥1,234.50')).toBe(123450);
    expect(parseYuan('0.07')).toBe(7);
    expect(parseYuan('19.99')).toBe(1999);
    expect(parseYuan('12706000')).toBe(1270600000);
  });

  it.each(['', 'abc', '1.234', '-5', '1,23', '1e3', '.5'])('refuses %p', (text) => {
    expect(parseYuan(text)).toBeNull();
  });

  it('accepts only whole, non-negative fen', () => {
    expect(isFen(0)).toBe(true);
    expect(isFen(1.5)).toBe(false);
    expect(isFen(-1)).toBe(false);
    expect(isFen(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
    expect(() => fen(0.1)).toThrow(RangeError);
  });
});
