import { ageOn, checkCharacterOf, checkIdentityNumber, maskIdentityNumber } from './identity-number';

/** Builds a well-formed number with the right check character. */
function number(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + checkCharacterOf(first17);
}

describe('resident identity numbers', () => {
  const today = new Date('2026-11-24T00:00:00Z');

  it('accepts the standard example of GB 11643 (11010519491231002X, a woman born 1949-12-31)', () => {
    expect(checkIdentityNumber('11010519491231002X', today)).toEqual({
      valid: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female',
    });
  });

  it('normalises a lower-case x', () => {
    const check = checkIdentityNumber('11010519491231002x', today);
    expect(check.valid && check.normalized).toBe('11010519491231002X');
  });

  it('derives gender from the sequence digit', () => {
    const man = checkIdentityNumber(number('341102', '19800615', '123'), today);
    expect(man.valid && man.gender).toBe('male');
  });

  it.each([
    ['11010519491231002', 'length'],
    ['1101051949123100234', 'length'],
    ['11010519491231002Y', 'format'],
    ['X10105194912310021', 'format'],
    [number('991102', '19800615', '123'), 'region'],
    [number('340000', '19800615', '123'), 'region'],
    [number('341102', '19800230', '123'), 'birthDate'],
    [number('341102', '20270101', '123'), 'birthDate'],
    [number('341102', '18991231', '123'), 'birthDate'],
    ['110105194912310021', 'checkCharacter'],
  ])('refuses %s (%s)', (value, error) => {
    expect(checkIdentityNumber(value, today)).toEqual({ valid: false, error });
  });

  it('masks all but the region code and the last four', () => {
    expect(maskIdentityNumber('34110219800615123X')).toBe('341102********123X');
  });

  it('computes age in whole years', () => {
    expect(ageOn('1980-11-24', today)).toBe(46);
    expect(ageOn('1980-11-25', today)).toBe(45);
  });
});
