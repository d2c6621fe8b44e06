import { CAMPAIGN_TIERS } from '@worker-aid/shared/domain';
import {
  FESTIVAL_FIGURES,
  FESTIVAL_STANDARDS,
  FESTIVAL_TIER_COUNTS,
  festivalFundCode,
  planFestivalCampaigns,
} from './festival-campaigns';
import { planHistory } from './history-plan';

const UNITS = Array.from({ length: 41 }, (_, i) => `WS-${String(i + 1).padStart(2, '0')}`);

describe('the demo festival campaigns 2013–2017', () => {
  const history = planHistory(UNITS);
  const campaigns = planFestivalCampaigns(history.cases);
  const lines = campaigns.flatMap((c) => c.lines);

  it('add up to the published figures with whole counts at the standard amounts', () => {
    const byTier = CAMPAIGN_TIERS.map((tier) => FESTIVAL_TIER_COUNTS[tier] * FESTIVAL_STANDARDS[tier]);
    expect(byTier.reduce((a, b) => a + b, 0)).toBe(FESTIVAL_FIGURES.amount);
    expect(lines).toHaveLength(FESTIVAL_FIGURES.personTimes);
    expect(lines.reduce((sum, line) => sum + line.amount, 0)).toBe(FESTIVAL_FIGURES.amount);
    for (const tier of CAMPAIGN_TIERS)
      expect(lines.filter((line) => line.tier === tier)).toHaveLength(FESTIVAL_TIER_COUNTS[tier]);
    expect(lines.every((line) => line.amount === FESTIVAL_STANDARDS[line.tier])).toBe(true);
  });

  it('hold one campaign a year, paid in January or February, out of its own fund', () => {
    expect(campaigns.map((c) => c.year)).toEqual([2013, 2014, 2015, 2016, 2017]);
    for (const c of campaigns) {
      expect(c.fund).toBe(festivalFundCode(c.year));
      for (const paidOn of [c.bankPaidOn, c.cashPaidOn])
        expect(paidOn).toMatch(new RegExp(`^${c.year}-0[12]-`));
      expect(c.rosterBuiltOn < c.approvedOn && c.approvedOn < c.noticeEndsOn).toBe(true);
      expect(c.noticeEndsOn < c.bankPaidOn && c.bankPaidOn < c.cashPaidOn).toBe(true);
    }
  });

  it('visit a worker at most once a campaign, many of them in several years, all from the history', () => {
    const known = new Set(history.workers);
    for (const c of campaigns) {
      expect(new Set(c.lines.map((line) => line.worker)).size).toBe(c.lines.length);
      expect(c.lines.every((line) => known.has(line.worker))).toBe(true);
    }
    const persons = new Set(lines.map((line) => line.worker)).size;
    expect(persons).toBeLessThan(lines.length * 0.75);
  });

  it('have a few lines the bank sent back each year, paid in cash', () => {
    for (const c of campaigns) {
      const failed = c.lines.filter((line) => line.bankFailure);
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.length).toBeLessThan(c.lines.length * 0.02);
    }
  });

  it('are the same on every start', () => {
    const again = planFestivalCampaigns(planHistory(UNITS).cases);
    expect(
      again.map((c) => c.lines.slice(0, 30).map((l) => [l.worker.index, l.tier, l.bankFailure])),
    ).toEqual(campaigns.map((c) => c.lines.slice(0, 30).map((l) => [l.worker.index, l.tier, l.bankFailure])));
  });
});
