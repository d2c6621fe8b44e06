import type { DisputeKind, LegalOutcome } from '@worker-aid/shared/domain';
import {
  addDays,
  day,
  numberCases,
  PAID_TYPES,
  paidCase,
  People,
  roundUpToTenThousandYuan,
  unionFundCode,
  type DraftCase,
  type HistoryPlan,
  type PlannedFund,
  type PlannedWorker,
} from './history-plan';
import { DISPUTE_WEIGHTS, LEGAL_SUMMARIES, OPPOSING_PARTIES } from './history-vocabulary';
import { seededRandom, type Random } from './seeded-random';

/** The first year after the published figures. */
export const LATER_FROM = 2018;

const lotteryFundCode = (year: number) => `LOTTERY-${year}`;
const donationFundCode = (year: number) => `DONATION-${year}`;

/**
 * Who a type's workers of a year are: the share helped with it the year before or the one
 * before that (households stay in hardship, children stay at university), and the share of
 * the others who are already hardship-aid workers.
 */
const LATER_TYPES: Record<PaidType, { returning: number; fromHardship: number }> = {
  hardship: { returning: 0.5, fromHardship: 0 },
  medical: { returning: 0.15, fromHardship: 0.4 },
  education: { returning: 0.35, fromHardship: 0.3 },
};
type PaidType = 'hardship' | 'medical' | 'education';
/** Legal-aid subsidies in yuan, before the yearly rise. */
const LEGAL_SUBSIDIES = [1500, 1500, 2000, 2000, 2500];
/** Education aid that enterprises' donations (金秋助学爱心捐款) pay instead of the union. */
const DONATED_EDUCATION_SHARE = 0.3;
/** Wage arrears come mostly through the stations of the construction and transport unions. */
const LEGAL_UNIT_HINT = /BUILD|TRANS/;

/**
 * The years the city did not publish figures for, 2018 to `today` (the center's date): each
 * type starts from 2017's cases and average amount, then drifts gently from year to year while
 * aid standards rise about 3 % a year; the same on every start (a fixed seed). Each year has its
 * union fund, a lottery grant for legal aid and enterprises' donations for education aid,
 * allocated enough for the whole year. The current year stops at `today`: cases whose payment
 * would come later are left out, and cases paid in the last days are not closed yet. Workers of
 * 2013–2017 come back (their indexes are `earlier`'s); new workers' indexes follow on.
 */
export function planLaterYears(
  unitCodes: readonly string[],
  earlier: HistoryPlan,
  today: string,
  seed = LATER_FROM,
): HistoryPlan {
  const random = seededRandom(seed);
  const people = new People(random, unitCodes, earlier.workers);
  const legalUnits = unitCodes.filter((code) => LEGAL_UNIT_HINT.test(code));
  const lastYear = Number(today.slice(0, 4));

  // Who was helped with what in each year, to bring some of them back the next years.
  const helped = new Map<string, PlannedWorker[]>();
  const hardshipEver = new Set<PlannedWorker>();
  for (const c of earlier.cases) {
    const key = `${c.type}-${c.payment.paidOn.slice(0, 4)}`;
    const workers = helped.get(key) ?? [];
    workers.push(c.worker);
    helped.set(key, workers);
    if (c.type === 'hardship') hardshipEver.add(c.worker);
  }
  const base = lastPublishedYear(earlier);

  const drafts: DraftCase[] = [];
  const planned = new Map<string, number>();
  let volume = 1;
  for (let year = LATER_FROM; year <= lastYear; year += 1) {
    volume *= 0.96 + random.int(0, 9) / 100;
    const standard = 1 + 0.03 * (year - 2017);
    const yearDrafts: DraftCase[] = [];
    for (const type of ['hardship', 'medical', 'education'] as const) {
      const count = Math.round(base[type].cases * volume * (0.97 + random.int(0, 6) / 100));
      const workers = workersOfYear(random, people, helped, hardshipEver, type, year, count);
      helped.set(`${type}-${year}`, workers);
      if (type === 'hardship') for (const w of workers) hardshipEver.add(w);
      // The typical amounts of 2013–2017, scaled to 2017's average and the year's standard.
      const scale = (base[type].average / averageOf(PAID_TYPES[type].amounts)) * standard;
      for (const worker of workers) {
        const amount = Math.round((random.pick(PAID_TYPES[type].amounts) * scale) / 100) * 10_000;
        const fund =
          type === 'education' && random.chance(DONATED_EDUCATION_SHARE)
            ? donationFundCode(year)
            : unionFundCode(year);
        const draft = paidCase(random, type, worker, year, amount, fund);
        // Cases of January 2018 are opened in 2018: 2017's cases and numbers stay as published.
        if (draft.openedOn < `${LATER_FROM}-01-01`) draft.openedOn = `${LATER_FROM}-01-01`;
        yearDrafts.push(draft);
      }
    }
    const legalCount = Math.round(base.legal.cases * volume * (0.9 + random.int(0, 20) / 100));
    yearDrafts.push(...legalCases(random, people, [...hardshipEver], legalUnits, year, legalCount));
    for (const d of yearDrafts) planned.set(d.fund, (planned.get(d.fund) ?? 0) + d.amount);
    drafts.push(...yearDrafts);
  }

  const cases = numberCases(drafts.filter((d) => d.payment.paidOn <= today).map((d) => untilToday(d, today)));
  // Workers whose only case would be paid after today do not come yet.
  const workers = people.keepOnly(new Set(cases.map((c) => c.worker)));
  return { workers, cases, funds: laterFunds(planned, cases, today) };
}

/** Cases and average amount (yuan) of each type in 2017, the last year of published figures. */
function lastPublishedYear(
  earlier: HistoryPlan,
): Record<PaidType | 'legal', { cases: number; average: number }> {
  const year = String(LATER_FROM - 1);
  const of = (type: PaidType | 'legal') => {
    const cases = earlier.cases.filter((c) => c.type === type && c.payment.paidOn.startsWith(year));
    return { cases: cases.length, average: cases.reduce((sum, c) => sum + c.amount, 0) / cases.length / 100 };
  };
  return { hardship: of('hardship'), medical: of('medical'), education: of('education'), legal: of('legal') };
}

function averageOf(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** `count` different workers for a type's cases of a year: some helped before, the rest new to it. */
function workersOfYear(
  random: Random,
  people: People,
  helped: Map<string, PlannedWorker[]>,
  hardshipEver: Set<PlannedWorker>,
  type: PaidType,
  year: number,
  count: number,
): PlannedWorker[] {
  const plan = LATER_TYPES[type];
  const recent = [
    ...new Set([...(helped.get(`${type}-${year - 1}`) ?? []), ...(helped.get(`${type}-${year - 2}`) ?? [])]),
  ];
  const chosen = new Set(random.sample(recent, Math.round(count * plan.returning)));
  const fromHardship = Math.round((count - chosen.size) * plan.fromHardship);
  if (fromHardship > 0) {
    const candidates = [...hardshipEver].filter((w) => !chosen.has(w));
    for (const w of random.sample(candidates, fromHardship)) chosen.add(w);
  }
  while (chosen.size < count) chosen.add(people.next());
  return [...chosen];
}

/** A year's legal-aid cases: half for hardship-aid workers, half for migrant workers new to the center. */
function legalCases(
  random: Random,
  people: People,
  hardshipWorkers: PlannedWorker[],
  legalUnits: readonly string[],
  year: number,
  count: number,
): DraftCase[] {
  const fromHardship = random.sample(hardshipWorkers, Math.floor(count / 2));
  const newcomers = Array.from({ length: count - fromHardship.length }, () => {
    const worker = people.next();
    worker.migrantWorker = random.chance(0.75);
    if (legalUnits.length > 0 && random.chance(0.6)) worker.unitCode = random.pick(legalUnits);
    return worker;
  });
  const subsidyStandard = 1 + 0.03 * (year - 2017);
  return [...fromHardship, ...newcomers].map((worker): DraftCase => {
    const disputeKind: DisputeKind = random.weighted(DISPUTE_WEIGHTS);
    const outcome = random.weighted<LegalOutcome>([
      ['settled', 55],
      ['won', 35],
      ['lost', 6],
      ['withdrawn', 4],
    ]);
    // Whole yuan: ¥10,000–300,000 claimed (a group's wages, an injury's compensation), 60–100 % recovered.
    const claimed = random.int(10, 300) * 1_000_000;
    const recovered =
      outcome === 'settled' || outcome === 'won'
        ? Math.round((claimed * random.int(60, 100)) / 100 / 100) * 100
        : 0;
    const subsidy = Math.round((random.pick(LEGAL_SUBSIDIES) * subsidyStandard) / 100) * 10_000;
    const openedOn = day(year, random.int(1, 11), random.int(1, 28));
    const paidOn = addDays(openedOn, random.int(10, 30));
    return {
      type: 'legal',
      worker,
      fund: lotteryFundCode(year),
      openedOn,
      summary: LEGAL_SUMMARIES[disputeKind],
      details: { disputeKind, opposingParty: random.pick(OPPOSING_PARTIES), amountClaimed: claimed },
      amount: subsidy,
      payment: { amount: subsidy, paidOn },
      outcome,
      recovered,
      closedOn: addDays(paidOn, random.int(20, 50)),
    };
  });
}

/** A case paid by `today` that would be closed later is still open: no outcome yet. */
function untilToday(draft: DraftCase, today: string): DraftCase {
  if (draft.closedOn === null || draft.closedOn <= today) return draft;
  return { ...draft, closedOn: null, outcome: null, recovered: null };
}

/**
 * Each year's funds, allocated for the whole year's plan (so this year's still have money
 * left): the union fund with a 3 % margin, the lottery grant and the donations in whole ¥10,000.
 */
function laterFunds(planned: Map<string, number>, cases: DraftCase[], today: string): PlannedFund[] {
  const firstPaid = new Map<string, string>();
  for (const c of cases) {
    const first = firstPaid.get(c.fund);
    const paid = c.payment.bouncedOn ?? c.payment.paidOn;
    if (!first || paid < first) firstPaid.set(c.fund, paid);
  }
  const funds: PlannedFund[] = [];
  for (const [code, amount] of [...planned].sort()) {
    const year = Number(code.slice(-4));
    const fund = laterFund(code, year, amount);
    // Set up by the first payment it makes, and never after today.
    const first = firstPaid.get(code);
    if (first && first < fund.createdOn) fund.createdOn = first;
    if (fund.createdOn > today) continue;
    funds.push(fund);
  }
  return funds;
}

function laterFund(code: string, year: number, amount: number): PlannedFund {
  if (code.startsWith('LOTTERY-'))
    return {
      code,
      name: `中央专项彩票公益金（法律援助项目，${year}年度）`,
      source: 'lottery_fund',
      createdOn: `${year}-01-04`,
      allocated: roundUpToTenThousandYuan(amount),
      note: '中央专项彩票公益金下达',
    };
  if (code.startsWith('DONATION-'))
    return {
      code,
      name: `金秋助学爱心捐款（${year}年度）`,
      source: 'donation',
      createdOn: `${year}-07-01`,
      allocated: roundUpToTenThousandYuan(amount),
      note: '爱心企业金秋助学捐款',
    };
  return {
    code,
    name: `工会帮扶专项资金（${year}年度）`,
    source: 'union_budget',
    createdOn: `${year}-01-04`,
    allocated: roundUpToTenThousandYuan(amount * 1.03),
    note: '年度帮扶资金预算下拨',
  };
}
