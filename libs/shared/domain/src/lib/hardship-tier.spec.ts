import {
  FILE_HARDSHIP_CAUSES,
  FILE_TIERS,
  HARDSHIP_CAUSES,
  hardshipTier,
  perCapitaIncome,
  relativeMultipleOf,
  relativeMultipleTenths,
  type HardshipStandard,
} from '../index';

/** 600 yuan per person per month; relative below 1,200 yuan; sudden above 80 % of a year's income. */
const STANDARD: HardshipStandard = {
  povertyLine: 60_000,
  relativeMultipleTenths: 20,
  suddenSharePercent: 80,
};

const alone = (monthlyIncome: number, extra: { rigid?: number; sudden?: number } = {}) => ({
  members: [{ monthlyIncome }],
  monthlyRigidExpenses: extra.rigid ?? 0,
  suddenExpenses12m: extra.sudden,
});

describe('the enumerations of a hardship file', () => {
  it('lists the tiers in the order they are tried', () => {
    expect(FILE_TIERS).toEqual(['deep', 'relative', 'sudden', 'none']);
  });

  it("keeps the files' causes apart from the cases' causes", () => {
    expect(FILE_HARDSHIP_CAUSES).toHaveLength(10);
    expect(FILE_HARDSHIP_CAUSES).toEqual(expect.arrayContaining([...HARDSHIP_CAUSES]));
  });
});

describe('perCapitaIncome', () => {
  it('divides what is left after rigid expenses among the members, rounding down', () => {
    expect(perCapitaIncome([{ monthlyIncome: 100 }, { monthlyIncome: 0 }, { monthlyIncome: 0 }], 0)).toBe(33);
    expect(perCapitaIncome([{ monthlyIncome: 300_000 }, { monthlyIncome: 100_000 }], 50_000)).toBe(175_000);
  });

  it('may be negative, and then rounds toward minus infinity', () => {
    const three = [{ monthlyIncome: 0 }, { monthlyIncome: 0 }, { monthlyIncome: 0 }];
    expect(perCapitaIncome(three, 9)).toBe(-3);
    expect(perCapitaIncome(three, 10)).toBe(-4);
    expect(perCapitaIncome([{ monthlyIncome: 0 }], 10)).toBe(-10);
  });

  it('needs at least one member and whole fen', () => {
    expect(() => perCapitaIncome([], 0)).toThrow(RangeError);
    expect(() => perCapitaIncome([{ monthlyIncome: 0.5 }], 0)).toThrow(RangeError);
  });
});

describe('hardshipTier', () => {
  it('is deep below the poverty line, relative from exactly the line', () => {
    expect(hardshipTier(alone(59_999), STANDARD)).toBe('deep');
    expect(hardshipTier(alone(60_000), STANDARD)).toBe('relative');
    expect(hardshipTier(alone(60_001), STANDARD)).toBe('relative');
  });

  it('is relative below the line times the multiple, none from exactly that amount', () => {
    expect(hardshipTier(alone(119_999), STANDARD)).toBe('relative');
    expect(hardshipTier(alone(120_000), STANDARD)).toBe('none');
    expect(hardshipTier(alone(120_001), STANDARD)).toBe('none');
  });

  it('multiplies exactly with a multiple of 1.5', () => {
    const standard = { ...STANDARD, relativeMultipleTenths: 15 };
    expect(hardshipTier(alone(89_999), standard)).toBe('relative');
    expect(hardshipTier(alone(90_000), standard)).toBe('none');
    // An odd poverty line: 1.5 × 333 fen = 499.5 fen, so 499 is below it and 500 is not.
    const odd = { ...standard, povertyLine: 333 };
    expect(hardshipTier(alone(499), odd)).toBe('relative');
    expect(hardshipTier(alone(500), odd)).toBe('none');
  });

  it('is deep for a negative per-capita income', () => {
    expect(hardshipTier(alone(0, { rigid: 10 }), STANDARD)).toBe('deep');
    expect(hardshipTier(alone(0, { rigid: 10, sudden: 10_000_000 }), STANDARD)).toBe('deep');
  });

  it('counts rigid expenses for the per-capita income', () => {
    expect(hardshipTier(alone(180_000, { rigid: 60_001 }), STANDARD)).toBe('relative');
    expect(hardshipTier(alone(180_000, { rigid: 60_000 }), STANDARD)).toBe('none');
  });

  it('is sudden only above the share of 12 months of income', () => {
    // 80 % of 12 × 1,200 yuan = 11,520 yuan.
    expect(hardshipTier(alone(120_000, { sudden: 1_152_000 }), STANDARD)).toBe('none');
    expect(hardshipTier(alone(120_000, { sudden: 1_152_001 }), STANDARD)).toBe('sudden');
    expect(hardshipTier(alone(120_000, { sudden: 1_151_999 }), STANDARD)).toBe('none');
  });

  it('compares sudden expenses with the income before rigid expenses', () => {
    // Per capita 1,200 yuan after 800 yuan of rigid expenses; 80 % of 12 × 2,000 yuan = 19,200 yuan.
    expect(hardshipTier(alone(200_000, { rigid: 80_000, sudden: 1_920_000 }), STANDARD)).toBe('none');
    expect(hardshipTier(alone(200_000, { rigid: 80_000, sudden: 1_920_001 }), STANDARD)).toBe('sudden');
  });

  it('takes no sudden expenses when there are none', () => {
    expect(hardshipTier(alone(120_000), STANDARD)).toBe('none');
    expect(hardshipTier({ ...alone(120_000), suddenExpenses12m: null }, STANDARD)).toBe('none');
    expect(hardshipTier(alone(0, { sudden: 0 }), { ...STANDARD, povertyLine: 0 })).toBe('none');
    expect(hardshipTier(alone(0, { sudden: 1 }), { ...STANDARD, povertyLine: 0 })).toBe('sudden');
  });

  it('uses the share exactly at 100 % and at 1 %', () => {
    expect(
      hardshipTier(alone(120_000, { sudden: 1_440_000 }), { ...STANDARD, suddenSharePercent: 100 }),
    ).toBe('none');
    expect(hardshipTier(alone(120_000, { sudden: 14_401 }), { ...STANDARD, suddenSharePercent: 1 })).toBe(
      'sudden',
    );
    expect(hardshipTier(alone(120_000, { sudden: 14_400 }), { ...STANDARD, suddenSharePercent: 1 })).toBe(
      'none',
    );
  });
});

describe('relativeMultipleTenths', () => {
  it('takes exactly 1.0, 1.1, …, 3.0 as tenths', () => {
    const allowed = Array.from({ length: 21 }, (_, i) => Number(`${1 + Math.floor((i + 0) / 10)}.${i % 10}`));
    expect(allowed.map(relativeMultipleTenths)).toEqual(Array.from({ length: 21 }, (_, i) => 10 + i));
    expect(relativeMultipleTenths(1.1)).toBe(11);
    expect(relativeMultipleTenths(2)).toBe(20);
    expect(relativeMultipleTenths(2.9)).toBe(29);
  });

  it('refuses anything else', () => {
    for (const value of [
      1.25,
      1.15,
      0.9,
      3.1,
      0,
      -2,
      2.0000001,
      Number.NaN,
      Infinity,
      '2',
      '2.0',
      null,
      undefined,
    ])
      expect(relativeMultipleTenths(value)).toBeNull();
  });

  it('gives the tenths back as the JSON number', () => {
    expect(relativeMultipleOf(20)).toBe(2);
    expect(relativeMultipleOf(15)).toBe(1.5);
    expect(relativeMultipleOf(11)).toBe(1.1);
  });
});
