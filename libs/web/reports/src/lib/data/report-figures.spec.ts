import type { DisbursementReport, UnitView } from '@worker-aid/shared/domain';
import { compactYuan, legalByKind, reportCards, trend, unitLines } from './report-figures';

const report = (rows: DisbursementReport['rows'], totals = { persons: 0, personTimes: 0, amount: 0 }) => ({
  rows,
  totals,
});

describe('report figures', () => {
  it('makes a total card and a card per kind of aid, zeros for kinds not paid', () => {
    const cards = reportCards(
      report(
        [
          { type: 'medical', persons: 2, personTimes: 3, amount: 300_000 },
          { type: 'hardship', persons: 5, personTimes: 5, amount: 100_000 },
        ],
        { persons: 6, personTimes: 8, amount: 400_000 },
      ),
    );
    expect(cards.map((card) => card.key)).toEqual(['total', 'hardship', 'medical', 'education', 'legal']);
    expect(cards[0]).toEqual({
      key: 'total',
      figures: { persons: 6, personTimes: 8, amount: 400_000 },
      share: 1,
    });
    expect(cards[2]).toEqual({
      key: 'medical',
      figures: { persons: 2, personTimes: 3, amount: 300_000 },
      share: 0.75,
    });
    expect(cards[3].figures).toEqual({ persons: 0, personTimes: 0, amount: 0 });
    expect(cards[3].share).toBe(0);
  });

  it("adds a campaign's kind of aid after the case types, only when it paid", () => {
    const cards = reportCards(
      report(
        [
          { type: 'hardship', persons: 5, personTimes: 5, amount: 100_000 },
          { type: 'festival', persons: 3, personTimes: 3, amount: 300_000 },
        ],
        { persons: 7, personTimes: 8, amount: 400_000 },
      ),
    );
    expect(cards.map((card) => card.key)).toEqual([
      'total',
      'hardship',
      'medical',
      'education',
      'legal',
      'festival',
    ]);
    expect(cards[5]).toEqual({
      key: 'festival',
      figures: { persons: 3, personTimes: 3, amount: 300_000 },
      share: 0.75,
    });
    const t = trend(
      [{ type: 'summer', month: '2017-07', persons: 1, personTimes: 1, amount: 5 }],
      ['2017-07'],
    );
    expect(t.series.map((s) => s.type)).toEqual(['summer']);
  });

  it('spreads the monthly rows over every month, keeping only the kinds that were paid', () => {
    const t = trend(
      [
        { type: 'education', month: '2017-09', persons: 4, personTimes: 4, amount: 800_000 },
        { type: 'hardship', month: '2017-07', persons: 1, personTimes: 2, amount: 50_000 },
        { type: 'hardship', month: '2017-09', persons: 3, personTimes: 3, amount: 90_000 },
        { type: 'hardship', month: '2018-01', persons: 9, personTimes: 9, amount: 9 },
      ],
      ['2017-07', '2017-08', '2017-09'],
    );
    expect(t.months).toEqual(['2017-07', '2017-08', '2017-09']);
    expect(t.series.map((s) => s.type)).toEqual(['hardship', 'education']);
    expect(t.series[0]).toEqual({
      type: 'hardship',
      amounts: [50_000, 0, 90_000],
      persons: [1, 0, 3],
      personTimes: [2, 0, 3],
    });
    expect(t.series[1].amounts).toEqual([0, 0, 800_000]);
  });

  it('lists every unit below, largest first, with amounts by kind and the own line last', () => {
    const children: UnitView[] = [
      { id: 'i1', code: 'A', name: '市建设工会', level: 'industry', parentId: 'c' },
      { id: 'i2', code: 'B', name: '市教育工会', level: 'industry', parentId: 'c' },
      { id: 'i3', code: 'C', name: '市卫生工会', level: 'industry', parentId: 'c' },
    ];
    const lines = unitLines(
      'c',
      report([
        { unitId: 'c', unitName: '中心', persons: 1, personTimes: 1, amount: 999_999 },
        { unitId: 'i1', unitName: '市建设工会', persons: 2, personTimes: 3, amount: 100_000 },
        { unitId: 'i2', unitName: '市教育工会', persons: 4, personTimes: 4, amount: 500_000 },
      ]),
      report([
        {
          unitId: 'i2',
          unitName: '市教育工会',
          type: 'education',
          persons: 3,
          personTimes: 3,
          amount: 400_000,
        },
        {
          unitId: 'i2',
          unitName: '市教育工会',
          type: 'hardship',
          persons: 1,
          personTimes: 1,
          amount: 100_000,
        },
      ]),
      children,
    );
    expect(lines.map((line) => [line.unitId, line.amount, line.own])).toEqual([
      ['i2', 500_000, false],
      ['i1', 100_000, false],
      ['i3', 0, false],
      ['c', 999_999, true],
    ]);
    expect(lines[0].byType).toEqual({
      hardship: 100_000,
      medical: 0,
      education: 400_000,
      legal: 0,
      festival: 0,
      summer: 0,
      other_campaign: 0,
    });
    expect(lines[0].persons).toBe(4);
  });

  it('lists every dispute kind for the legal table', () => {
    const kinds = legalByKind({
      cases: 3,
      closed: 2,
      recoveredAmount: 1_000,
      byDisputeKind: [{ disputeKind: 'work_injury', cases: 3, recoveredAmount: 1_000 }],
    });
    expect(kinds.map((kind) => kind.disputeKind)).toEqual([
      'wage_arrears',
      'work_injury',
      'labor_contract',
      'social_insurance',
      'other',
    ]);
    expect(kinds[1].cases).toBe(3);
    expect(kinds[0]).toEqual({ disputeKind: 'wage_arrears', cases: 0, recoveredAmount: 0 });
  });

  it('writes axis amounts short, in the way of each language', () => {
    expect(compactYuan(1_634_770_000, 'zh-CN')).toBe('1635万');
    expect(compactYuan(25_650_000_000, 'zh-CN')).toBe('2.6亿');
    expect(compactYuan(500_000, 'zh-CN')).toBe('5000');
    expect(compactYuan(1_634_770_000, 'en')).toBe('16.3M');
    expect(compactYuan(12_500_000, 'en')).toBe('125k');
    expect(compactYuan(0, 'en')).toBe('0');
  });
});
