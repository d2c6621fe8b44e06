import { splitPeriod } from './report-period';

describe('splitPeriod', () => {
  it('answers whole months from the roll-up only', () => {
    expect(splitPeriod('2017-01-01', '2017-12-31')).toEqual({
      months: { first: '2017-01-01', last: '2017-12-01' },
      days: [],
    });
    expect(splitPeriod('2016-02-01', '2016-02-29')).toEqual({
      months: { first: '2016-02-01', last: '2016-02-01' },
      days: [],
    });
  });

  it('reads the partial months at either end from the ledger', () => {
    expect(splitPeriod('2017-01-15', '2017-04-10')).toEqual({
      months: { first: '2017-02-01', last: '2017-03-01' },
      days: [
        { from: '2017-01-15', to: '2017-01-31' },
        { from: '2017-04-01', to: '2017-04-10' },
      ],
    });
  });

  it('reads a period inside one month, or across two partial months, as days', () => {
    expect(splitPeriod('2017-03-02', '2017-03-30')).toEqual({
      months: null,
      days: [{ from: '2017-03-02', to: '2017-03-30' }],
    });
    expect(splitPeriod('2017-03-20', '2017-04-10')).toEqual({
      months: null,
      days: [{ from: '2017-03-20', to: '2017-04-10' }],
    });
  });

  it('leaves a missing bound open', () => {
    expect(splitPeriod()).toEqual({ months: { first: null, last: null }, days: [] });
    expect(splitPeriod('2017-12-15')).toEqual({
      months: { first: '2018-01-01', last: null },
      days: [{ from: '2017-12-15', to: '2017-12-31' }],
    });
    expect(splitPeriod(undefined, '2016-02-28')).toEqual({
      months: { first: null, last: '2016-01-01' },
      days: [{ from: '2016-02-01', to: '2016-02-28' }],
    });
  });

  it('crosses year ends', () => {
    expect(splitPeriod('2016-12-31', '2017-01-01')).toEqual({
      months: null,
      days: [{ from: '2016-12-31', to: '2017-01-01' }],
    });
  });
});
