import {
  campaignInNotice,
  campaignRulesProblems,
  lineReinstatable,
  lineTakesObjection,
  requiredAmountKeys,
  type CampaignAmount,
} from './campaigns';

const festival: CampaignAmount[] = [
  { tier: 'deep', amount: 150_000 },
  { tier: 'relative', amount: 100_000 },
  { tier: 'sudden', amount: 80_000 },
];
const ALL_TIERS = { tiers: ['deep', 'relative', 'sudden'] as const } as const;

const problems = (kind: 'festival' | 'school', tiers: readonly string[], amounts: readonly object[]) =>
  campaignRulesProblems({
    kind,
    eligibility: { tiers: [...tiers] } as never,
    amounts: amounts as CampaignAmount[],
  }).map(({ field, code }) => `${field} ${code}`);

describe('campaign rules', () => {
  it('accepts one amount per eligible tier', () => {
    expect(problems('festival', ALL_TIERS.tiers, festival)).toEqual([]);
    expect(problems('festival', ['deep'], festival.slice(0, 1))).toEqual([]);
  });

  it('wants at least one tier, each once', () => {
    expect(problems('festival', [], [])).toEqual(['eligibility.tiers required']);
    expect(problems('festival', ['deep', 'deep'], festival.slice(0, 1))).toEqual([
      'eligibility.tiers distinct',
    ]);
  });

  it('names a missing amount, a repeated one, and one for a tier that is not eligible', () => {
    expect(problems('festival', ALL_TIERS.tiers, festival.slice(1))).toEqual(['amounts required']);
    expect(problems('festival', ALL_TIERS.tiers, [...festival, { tier: 'deep', amount: 1 }])).toEqual([
      'amounts[3] distinct',
    ]);
    expect(problems('festival', ['deep'], festival)).toEqual(['amounts[1] invalid', 'amounts[2] invalid']);
  });

  it('wants school aid’s amounts per tier and school level, and levels for school aid only', () => {
    expect(requiredAmountKeys('school', ['deep'])).toEqual([
      { tier: 'deep', level: 'senior_high' },
      { tier: 'deep', level: 'university' },
    ]);
    const school = [
      { tier: 'deep', level: 'senior_high', amount: 300_000 },
      { tier: 'deep', level: 'university', amount: 500_000 },
    ];
    expect(problems('school', ['deep'], school)).toEqual([]);
    expect(problems('school', ['deep'], school.slice(1))).toEqual(['amounts required']);
    expect(problems('school', ['deep'], [{ tier: 'deep', amount: 1 }, ...school])).toEqual([
      'amounts[0] invalid',
    ]);
    expect(problems('festival', ['deep'], [{ tier: 'deep', level: 'university', amount: 1 }])).toEqual([
      'amounts[0].level invalid',
      'amounts required',
    ]);
  });
});

describe('campaign notice', () => {
  it('holds an approved campaign in notice through its last day', () => {
    const approved = { status: 'approved' as const, noticeEndsOn: '2026-12-05' };
    expect(campaignInNotice(approved, '2026-12-05')).toBe(true);
    expect(campaignInNotice(approved, '2026-12-06')).toBe(false);
    expect(campaignInNotice({ status: 'approved', noticeEndsOn: null }, '2026-12-01')).toBe(false);
    expect(campaignInNotice({ status: 'draft', noticeEndsOn: '2026-12-05' }, '2026-12-01')).toBe(false);
  });
});

describe('objections to a roster line', () => {
  const approved = { status: 'approved' as const, noticeEndsOn: '2026-12-05' };
  const objection = { content: '已购新房', receivedVia: 'phone' as const, at: '2026-12-01T02:00:00Z' };

  it('takes them on a line still to be paid, during the notice only', () => {
    expect(lineTakesObjection(approved, { status: 'unpaid' }, '2026-12-05')).toBe(true);
    expect(lineTakesObjection(approved, { status: 'excluded' }, '2026-12-05')).toBe(false);
    expect(lineTakesObjection(approved, { status: 'unpaid' }, '2026-12-06')).toBe(false);
    expect(lineTakesObjection({ ...approved, status: 'submitted' }, { status: 'unpaid' }, '2026-12-01')).toBe(
      false,
    );
  });

  it('puts back only a line an objection excluded, on an approved campaign', () => {
    expect(lineReinstatable(approved, { status: 'excluded', objection })).toBe(true);
    expect(lineReinstatable(approved, { status: 'excluded', objection: null })).toBe(false);
    expect(lineReinstatable(approved, { status: 'unpaid', objection })).toBe(false);
    expect(lineReinstatable({ status: 'closed' }, { status: 'excluded', objection })).toBe(false);
  });
});
