import { FormControl } from '@angular/forms';
import { fenToYuanText, yuanToFen, yuanValidator } from './yuan';
import { FenPipe } from './fen.pipe';

describe('money fields in yuan', () => {
  it.each([
    ['1234.5', 123450],
    ['1,234.50', 123450],
    ['¥80', 8000],
    ['0.05', 5],
    ['0.07', 7],
    ['19.99', 1999],
    ['1.1', 110],
    ['  300  ', 30000],
    ['12345678.91', 1234567891],
  ])('turns %p into %p fen exactly', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  it.each(['', 'abc', '1.234', '-5', '1,23', '12.', null, undefined])('refuses %p', (text) => {
    expect(yuanToFen(text)).toBeNull();
  });

  it('prefills a field from fen without grouping', () => {
    expect(fenToYuanText(123450)).toBe('1234.50');
    expect(fenToYuanText(5)).toBe('0.05');
    expect(fenToYuanText(null)).toBe('');
  });

  it('validates as the user types, with an optional maximum', () => {
    let max: number | null = 10000;
    const control = new FormControl('', { validators: yuanValidator(() => max) });
    expect(control.errors).toBeNull();
    control.setValue('12.345');
    expect(control.errors).toEqual({ yuan: true });
    control.setValue('100');
    expect(control.errors).toBeNull();
    control.setValue('100.01');
    expect(control.errors).toEqual({ yuanMax: { max: 10000 } });
    max = null;
    control.updateValueAndValidity();
    expect(control.errors).toBeNull();
  });

  it('shows fen as ¥ with grouping', () => {
    const pipe = new FenPipe();
    expect(pipe.transform(123450)).toBe('¥1,234.50');
    expect(pipe.transform(0)).toBe('¥0.00');
    expect(pipe.transform(null)).toBe('');
  });
});
