import {
  isIsoDate,
  matchingPreset,
  monthsBetween,
  presetRange,
  queryFromParams,
  queryParams,
} from './report-query';

describe('report query', () => {
  it('knows real dates only', () => {
    expect(isIsoDate('2017-02-28')).toBe(true);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2017-02-29')).toBe(false);
    expect(isIsoDate('2017-2-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it('counts presets in calendar years of the center', () => {
    expect(presetRange('thisYear', '2017-08-15')).toEqual({ from: '2017-01-01', to: '2017-12-31' });
    expect(presetRange('lastYear', '2017-08-15')).toEqual({ from: '2016-01-01', to: '2016-12-31' });
    expect(presetRange('lastFiveYears', '2017-08-15')).toEqual({ from: '2013-01-01', to: '2017-12-31' });
    expect(matchingPreset({ from: '2016-01-01', to: '2016-12-31' }, '2017-08-15')).toBe('lastYear');
    expect(matchingPreset({ from: '2016-01-01', to: '2016-06-30' }, '2017-08-15')).toBeNull();
  });

  it('defaults to this year and the own unit, and puts a reversed period right', () => {
    expect(queryFromParams({}, '2017-08-15', 'center')).toEqual({
      from: '2017-01-01',
      to: '2017-12-31',
      unitId: 'center',
    });
    expect(queryFromParams({ from: 'nonsense', to: '2015-03-01', unitId: 'u1' }, '2017-08-15', 'c')).toEqual({
      from: '2015-03-01',
      to: '2017-01-01',
      unitId: 'u1',
    });
    expect(queryFromParams({ from: '2017-05-01', to: '2017-02-01' }, '2017-08-15', 'c')).toMatchObject({
      from: '2017-02-01',
      to: '2017-05-01',
    });
  });

  it('writes the URL parameters, leaving out what is empty', () => {
    const query = { from: '2013-01-01', to: '2017-12-31', unitId: 'u1' };
    expect(queryParams(query)).toEqual({ from: '2013-01-01', to: '2017-12-31', unitId: 'u1' });
    expect(queryParams({ ...query, unitId: '' })).toMatchObject({ unitId: null });
  });

  it('lists every month of the period, across years', () => {
    expect(monthsBetween('2016-11-15', '2017-02-01')).toEqual(['2016-11', '2016-12', '2017-01', '2017-02']);
    expect(monthsBetween('2017-03-01', '2017-03-31')).toEqual(['2017-03']);
    expect(monthsBetween('2013-01-01', '2017-12-31')).toHaveLength(60);
    expect(monthsBetween('2017-03-01', '2016-03-31')).toEqual([]);
  });
});
