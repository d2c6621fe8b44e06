import { fundTotals } from './fund-totals';

describe('fundTotals', () => {
  it('adds allocated, paid and balance in whole fen', () => {
    expect(
      fundTotals([
        { allocated: 50000000, disbursed: 600000, balance: 49400000 },
        { allocated: 21300001, disbursed: 1, balance: 21300000 },
      ]),
    ).toEqual({ allocated: 71300001, disbursed: 600001, balance: 70700000 });
  });

  it('is zero for no funds', () => {
    expect(fundTotals([])).toEqual({ allocated: 0, disbursed: 0, balance: 0 });
  });
});
