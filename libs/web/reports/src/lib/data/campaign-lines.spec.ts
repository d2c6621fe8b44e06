import { campaignLines } from './campaign-lines';

describe('campaign lines', () => {
  it("lists the campaigns by name first, then the cases' aid by type, leaving out empty rows", () => {
    const lines = campaignLines({
      rows: [
        { type: 'hardship', persons: 2, personTimes: 3, amount: 300 },
        {
          type: 'education',
          campaignId: 'k2',
          campaignName: '2024年金秋助学',
          persons: 1,
          personTimes: 1,
          amount: 5,
        },
        { type: 'medical', persons: 0, personTimes: 0, amount: 0 },
        {
          type: 'festival',
          campaignId: 'k1',
          campaignName: '2024年"两节"送温暖',
          persons: 4,
          personTimes: 4,
          amount: 9,
        },
      ],
      totals: { persons: 6, personTimes: 8, amount: 314 },
    });
    expect(lines.map((line) => [line.type, line.campaignName ?? null])).toEqual([
      ['education', '2024年金秋助学'],
      ['festival', '2024年"两节"送温暖'],
      ['hardship', null],
    ]);
    expect(lines[1]).toEqual({
      type: 'festival',
      campaignId: 'k1',
      campaignName: '2024年"两节"送温暖',
      persons: 4,
      personTimes: 4,
      amount: 9,
    });
  });
});
