import { childLevelOf, parentLevelOf, UNIT_CODE_PATTERN } from './units';

describe('unit levels', () => {
  it('a parent is exactly one level up', () => {
    expect(parentLevelOf('center')).toBeNull();
    expect(parentLevelOf('industry')).toBe('center');
    expect(parentLevelOf('grassroots')).toBe('industry');
  });

  it('a child is exactly one level down', () => {
    expect(childLevelOf('center')).toBe('industry');
    expect(childLevelOf('industry')).toBe('grassroots');
    expect(childLevelOf('grassroots')).toBeNull();
  });

  it('unit codes are short identifiers', () => {
    expect(UNIT_CODE_PATTERN.test('CZ-EDU')).toBe(true);
    expect(UNIT_CODE_PATTERN.test('a')).toBe(false);
    expect(UNIT_CODE_PATTERN.test('has space')).toBe(false);
  });
});
