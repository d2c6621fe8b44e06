import type { CampaignTier } from '@worker-aid/shared/domain';
import { addDays, type PlannedCase, type PlannedWorker } from './history-plan';
import { seededRandom } from './seeded-random';

/** What Chuzhou published of its festival visits (两节送温暖) 2013–2017 (DOMAIN.md). */
export const FESTIVAL_FIGURES = { personTimes: 29_315, amount: 3_912_720_000 } as const;

/** The standard amounts by tier, in fen: ¥1,500 deep, ¥1,200 relative, ¥1,000 sudden hardship. */
export const FESTIVAL_STANDARDS: Readonly<Record<CampaignTier, number>> = {
  deep: 150_000,
  relative: 120_000,
  sudden: 100_000,
};

/**
 * Person-times by tier over the five years, whole counts that give the published figures with
 * the standards above: 15,000 × 1,500 + 11,561 × 1,200 + 2,754 × 1,000 = 39,127,200 yuan in
 * 29,315 person-times.
 */
export const FESTIVAL_TIER_COUNTS: Readonly<Record<CampaignTier, number>> = {
  deep: 15_000,
  relative: 11_561,
  sudden: 2_754,
};

/**
 * Each year's visits (growing with the files), and the days the bank paid (代发) and the cash
 * follow-up was handed out: some ten days before the Spring Festival, in January or February.
 */
const FESTIVAL_YEARS: readonly { year: number; lines: number; bankPaidOn: string; cashPaidOn: string }[] = [
  { year: 2013, lines: 5_210, bankPaidOn: '2013-01-29', cashPaidOn: '2013-02-05' },
  { year: 2014, lines: 5_560, bankPaidOn: '2014-01-17', cashPaidOn: '2014-01-24' },
  { year: 2015, lines: 5_890, bankPaidOn: '2015-02-04', cashPaidOn: '2015-02-11' },
  { year: 2016, lines: 6_195, bankPaidOn: '2016-01-26', cashPaidOn: '2016-02-02' },
  { year: 2017, lines: 6_460, bankPaidOn: '2017-01-13', cashPaidOn: '2017-01-20' },
];

/** Share of a year's visited households visited the year before as well. */
const RETURNING = 0.55;
/** Share of a bank batch's lines the bank sends back (回盘 failures), paid again in cash. */
const BANK_FAILURES = 0.004;
const FAILURE_REASONS = ['账户已销户', '户名与账号不符', '账号不存在', '账户已冻结'];

export interface PlannedFestivalLine {
  worker: PlannedWorker;
  tier: CampaignTier;
  amount: number;
  /** The bank's failure: then the line is paid in the cash batch. */
  bankFailure: string | null;
}

export interface PlannedFestivalCampaign {
  year: number;
  name: string;
  /** Code of the fund that pays it. */
  fund: string;
  /** Roster built, approved and noticed before the bank paid. */
  rosterBuiltOn: string;
  approvedOn: string;
  noticeEndsOn: string;
  bankPaidOn: string;
  cashPaidOn: string;
  lines: PlannedFestivalLine[];
}

export const festivalFundCode = (year: number) => `FESTIVAL-${year}`;

/**
 * The center's "两节"送温暖 campaigns 2013–2017 from before the software (paper rosters): every
 * year a roster of the history's hardship and medical-aid workers — a worker once a year, many
 * visited again the next years —, paid by the bank, a few lines failed and paid in cash a week
 * later. Its own seed, so the cases' plan draws nothing less or more.
 */
export function planFestivalCampaigns(cases: readonly PlannedCase[], seed = 1301): PlannedFestivalCampaign[] {
  const random = seededRandom(seed);
  const pool = [
    ...new Set(cases.filter((c) => c.type === 'hardship' || c.type === 'medical').map((c) => c.worker)),
  ];
  // A household's standing hardship: the deeper, the more likely deep in any year's roster.
  const depth = new Map(pool.map((worker) => [worker, random.int(0, 999)]));
  const tiers = tierCountsByYear();
  let previous: PlannedWorker[] = [];
  return FESTIVAL_YEARS.map(({ year, lines, bankPaidOn, cashPaidOn }, y) => {
    const returning = random.sample(previous, Math.round(lines * RETURNING));
    const taken = new Set(returning);
    const others = random.sample(
      pool.filter((worker) => !taken.has(worker)),
      lines - returning.length,
    );
    // Deepest first, give or take a year's change in circumstances.
    const thisYear = new Map(
      [...returning, ...others].map((w) => [w, (depth.get(w) ?? 0) + random.int(0, 300)]),
    );
    const workers = [...thisYear.keys()].sort((a, b) => (thisYear.get(b) ?? 0) - (thisYear.get(a) ?? 0));
    previous = workers;
    const { deep, relative } = tiers[y];
    const planned = workers.map((worker, i): PlannedFestivalLine => {
      const tier: CampaignTier = i < deep ? 'deep' : i < deep + relative ? 'relative' : 'sudden';
      return {
        worker,
        tier,
        amount: FESTIVAL_STANDARDS[tier],
        bankFailure: random.chance(BANK_FAILURES) ? random.pick(FAILURE_REASONS) : null,
      };
    });
    // The roster lists by unit, as the stations handed their lists in.
    planned.sort(
      (a, b) => a.worker.unitCode.localeCompare(b.worker.unitCode) || a.worker.index - b.worker.index,
    );
    return {
      year,
      name: `${year}年"两节"送温暖活动`,
      fund: festivalFundCode(year),
      rosterBuiltOn: addDays(bankPaidOn, -random.int(24, 30)),
      approvedOn: addDays(bankPaidOn, -random.int(15, 18)),
      noticeEndsOn: addDays(bankPaidOn, -random.int(5, 8)),
      bankPaidOn,
      cashPaidOn,
      lines: planned,
    };
  });
}

/** The tier counts of each year: the five-year totals shared in proportion to the years' lines. */
function tierCountsByYear(): Record<CampaignTier, number>[] {
  const total = FESTIVAL_YEARS.reduce((sum, y) => sum + y.lines, 0);
  const given = { deep: 0, sudden: 0 };
  return FESTIVAL_YEARS.map(({ lines }, i) => {
    const last = i === FESTIVAL_YEARS.length - 1;
    const share = (tier: 'deep' | 'sudden') =>
      last
        ? FESTIVAL_TIER_COUNTS[tier] - given[tier]
        : Math.round((FESTIVAL_TIER_COUNTS[tier] * lines) / total);
    const deep = share('deep');
    const sudden = share('sudden');
    given.deep += deep;
    given.sudden += sudden;
    return { deep, sudden, relative: lines - deep - sudden };
  });
}
