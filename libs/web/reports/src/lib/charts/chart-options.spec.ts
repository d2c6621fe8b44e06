import type { ChartLabels } from './chart-types';
import { escapeHtml, monthLabel } from './chart-types';
import { trendOptions } from './trend-options';
import { unitChartHeight, unitOptions } from './unit-options';
import type { UnitLine } from '../data/report-figures';

const labels: ChartLabels = {
  language: 'zh-CN',
  typeNames: {
    hardship: '生活救助',
    medical: '医疗救助',
    education: '助学',
    legal: '法律援助',
    festival: '两节送温暖',
    summer: '夏送清凉',
    other_campaign: '其他专项活动',
  },
  amount: '金额(元)',
  persons: '人数',
  personTimes: '人次',
  personsUnit: '人',
  personTimesUnit: '人次',
  total: '合计',
  ownUnit: (name) => `${name}(本级)`,
};

type Formatter = (params: { dataIndex: number }[]) => string;

describe('report charts', () => {
  it('stacks the monthly amounts in yuan per kind, with persons and person-times in the tooltip', () => {
    const options = trendOptions(
      {
        months: ['2017-01', '2017-02'],
        series: [{ type: 'medical', amounts: [123_450, 0], persons: [2, 0], personTimes: [3, 0] }],
      },
      labels,
    );
    expect(options.series).toEqual([
      expect.objectContaining({ type: 'bar', name: '医疗救助', stack: 'amount', data: [1234.5, 0] }),
    ]);
    expect(options.xAxis).toMatchObject({ data: ['2017-01', '2017-02'] });
    const tooltip = options.tooltip as { formatter: Formatter };
    const html = tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('2017年1月');
    expect(html).toContain('¥1,234.50');
    expect(html).toContain('2 人');
    expect(html).toContain('3 人次');
  });

  it('draws a bar per unit, the own line named as such, and escapes unit names', () => {
    const line = (unitId: string, unitName: string, amount: number, own = false): UnitLine => ({
      unitId,
      unitName,
      own,
      persons: 1,
      personTimes: 1,
      amount,
      byType: {
        hardship: amount,
        medical: 0,
        education: 0,
        legal: 0,
        festival: 0,
        summer: 0,
        other_campaign: 0,
      },
    });
    const options = unitOptions([line('i1', '<b>建设</b>', 10_000), line('c', '中心', 500, true)], labels);
    expect(options.yAxis).toMatchObject({ data: ['<b>建设</b>', '中心(本级)'], inverse: true });
    expect(options.series).toEqual([expect.objectContaining({ name: '生活救助', data: [100, 5] })]);
    const html = (options.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 0 }]);
    expect(html).toContain('&#60;b&#62;建设&#60;/b&#62;');
    expect(unitChartHeight(2)).toBe(220);
    expect(unitChartHeight(20)).toBe(764);
  });

  it('names months in the interface language', () => {
    expect(monthLabel('2017-03', 'en')).toBe('Mar 2017');
    expect(escapeHtml(`a&"'`)).toBe('a&#38;&#34;&#39;');
  });
});
