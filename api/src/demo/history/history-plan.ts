import {
  checkCharacterOf,
  formatCaseNumber,
  type CaseDetails,
  type CaseType,
  type DisputeKind,
  type LegalOutcome,
} from '@worker-aid/shared/domain';
import {
  CHUZHOU_REGIONS,
  DIAGNOSES,
  DISPUTE_WEIGHTS,
  EMPLOYERS,
  FEMALE_GIVEN,
  HARDSHIP_CAUSE_WEIGHTS,
  HARDSHIP_SUMMARIES,
  HOSPITALS,
  LEGAL_SUMMARIES,
  MALE_GIVEN,
  OPPOSING_PARTIES,
  SCHOOLS,
  SURNAMES,
} from './history-vocabulary';
import { seededRandom, type Random } from './seeded-random';

/**
 * What Chuzhou published about its aid work since 2013 (DOMAIN.md): the demo history adds up
 * to exactly these figures for 2013-01-01..2017-12-31.
 */
export const CHUZHOU_FIGURES = {
  hardship: { persons: 19_273, amount: 1_270_600_000 },
  medical: { persons: 6_450, amount: 1_634_770_000 },
  education: { persons: 3_592, amount: 1_007_350_000 },
  legal: { cases: 111, recovered: 1_271_600_000, fundedByLottery: 21_300_000 },
} as const;

const YEARS = [2013, 2014, 2015, 2016, 2017];

/** The union's own aid fund of a year (工会帮扶专项资金), which pays hardship, medical and education aid. */
export const unionFundCode = (year: number | string) => `UNION-${year}`;
/** The central lottery grant of 2014 that paid the 111 legal-aid cases of 2014–2017. */
export const LOTTERY_GRANT_2014 = 'LOTTERY-2014';
const LEGAL_CASES_PER_YEAR: [number, number][] = [
  [2014, 18],
  [2015, 26],
  [2016, 31],
  [2017, 36],
];

export interface PaidType {
  /** How many cases (one a year) a person gets, by weight. */
  casesPerPerson: [number, number][];
  /** Typical amounts in yuan, multiples of 100; fitted afterwards to the exact total. */
  amounts: number[];
  /** Share of this type's persons who are also hardship-aid workers. */
  fromHardship: number;
}

export const PAID_TYPES: Record<'hardship' | 'medical' | 'education', PaidType> = {
  hardship: {
    casesPerPerson: [
      [1, 75],
      [2, 18],
      [3, 7],
    ],
    amounts: [300, 500, 500, 600, 800, 1000],
    fromHardship: 0,
  },
  medical: {
    casesPerPerson: [
      [1, 85],
      [2, 15],
    ],
    amounts: [1000, 1500, 2000, 2000, 3000, 5000],
    fromHardship: 0.4,
  },
  education: {
    casesPerPerson: [
      [1, 70],
      [2, 22],
      [3, 8],
    ],
    amounts: [1000, 1500, 2000, 2000, 3000, 5000],
    fromHardship: 0.3,
  },
};

export interface PlannedWorker {
  index: number;
  name: string;
  idNumber: string;
  gender: 'male' | 'female';
  birthDate: string;
  unitCode: string;
  migrantWorker: boolean;
  employer: string;
  phone: string;
  /** Aid was paid into it; made from the worker's number and phone, so no random draw moves. */
  bankAccount: string;
}

export interface PlannedPayment {
  amount: number;
  paidOn: string;
  /** A first transfer that bounced: paid, reversed, then paid again on `paidOn`. */
  bouncedOn?: string;
}

export interface PlannedCase {
  caseNo: string;
  type: CaseType;
  /** Code of the fund the payment draws on. */
  fund: string;
  worker: PlannedWorker;
  /** When the caseworker logged it (China Standard Time). */
  openedOn: string;
  summary: string;
  details: CaseDetails;
  amount: number;
  payment: PlannedPayment;
  /** Recorded when a legal-aid case is closed. */
  outcome: LegalOutcome | null;
  recovered: number | null;
  /** `null`: paid but not closed yet (the last days before the demo's first start). */
  closedOn: string | null;
}

/** A fund with its one allocation: the year's budget, a grant or the donations received. */
export interface PlannedFund {
  code: string;
  name: string;
  source: 'union_budget' | 'lottery_fund' | 'donation';
  /** When it was set up and allocated. */
  createdOn: string;
  allocated: number;
  note: string;
}

export interface HistoryPlan {
  /** Each at the position of its `index`. */
  workers: PlannedWorker[];
  /** In the order they were opened. */
  cases: PlannedCase[];
  funds: PlannedFund[];
}

/** A case before it is numbered. */
export type DraftCase = Omit<PlannedCase, 'caseNo'>;

/** The city's aid history 2013–2017, the same on every start (a fixed seed). */
export function planHistory(unitCodes: readonly string[], seed = 2017): HistoryPlan {
  const random = seededRandom(seed);
  const people = new People(random, unitCodes);
  const drafts: DraftCase[] = [];
  const hardshipWorkers: PlannedWorker[] = [];

  for (const type of ['hardship', 'medical', 'education'] as const) {
    const plan = PAID_TYPES[type];
    const persons = CHUZHOU_FIGURES[type].persons;
    const borrowed = random.sample(hardshipWorkers, Math.round(persons * plan.fromHardship));
    const workers = [...borrowed, ...Array.from({ length: persons - borrowed.length }, () => people.next())];
    if (type === 'hardship') hardshipWorkers.push(...workers);
    const cases = workers.flatMap((worker) =>
      random.sample(YEARS, random.weighted(plan.casesPerPerson)).map((year) => ({ worker, year })),
    );
    const amounts = fitTotal(
      cases.map(() => random.pick(plan.amounts)),
      CHUZHOU_FIGURES[type].amount / 100,
      random,
    );
    cases.forEach(({ worker, year }, i) =>
      drafts.push(paidCase(random, type, worker, year, amounts[i] * 100, unionFundCode(year))),
    );
  }
  drafts.push(...legalCases(random, people, hardshipWorkers));

  const cases = numberCases(drafts);
  return { workers: people.all, cases, funds: publishedFunds(cases) };
}

/** The yearly union funds, allocated a little more than they paid out, and the lottery grant, spent in full. */
function publishedFunds(cases: PlannedCase[]): PlannedFund[] {
  const paid = new Map<string, number>();
  for (const c of cases) paid.set(c.fund, (paid.get(c.fund) ?? 0) + c.amount);
  return [...paid].sort().map(([code, amount]): PlannedFund => {
    if (code === LOTTERY_GRANT_2014)
      return {
        code,
        name: '中央专项彩票公益金（法律援助项目）',
        source: 'lottery_fund',
        createdOn: '2014-01-04',
        allocated: CHUZHOU_FIGURES.legal.fundedByLottery,
        note: '中央专项彩票公益金下达',
      };
    const year = code.slice(-4);
    return {
      code,
      name: `工会帮扶专项资金（${year}年度）`,
      source: 'union_budget',
      createdOn: `${year}-01-04`,
      allocated: roundUpToTenThousandYuan(amount * 1.03),
      note: '年度帮扶资金预算下拨',
    };
  });
}

/** Fen, rounded up to whole ¥10,000. */
export function roundUpToTenThousandYuan(fen: number): number {
  return Math.ceil(fen / 1_000_000) * 1_000_000;
}

/**
 * Sorts cases by the day they were opened and numbers them per type and year of opening
 * (`MED-2015-000042`), as the center's counter did.
 */
export function numberCases(drafts: DraftCase[]): PlannedCase[] {
  // ISO days compare as plain strings; a stable sort keeps a day's cases in the order planned.
  drafts.sort((a, b) => (a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : 0));
  const counters = new Map<string, number>();
  return drafts.map((draft) => {
    const year = draft.openedOn.slice(0, 4);
    const key = `${draft.type}-${year}`;
    const sequence = (counters.get(key) ?? 0) + 1;
    counters.set(key, sequence);
    return Object.assign(draft, { caseNo: formatCaseNumber(draft.type, Number(year), sequence) });
  });
}

/** A case of hardship, medical or education aid paid in one transfer in `year`, out of `fund`. */
export function paidCase(
  random: Random,
  type: 'hardship' | 'medical' | 'education',
  worker: PlannedWorker,
  year: number,
  amount: number,
  fund: string,
): DraftCase {
  // Hardship aid peaks before the Spring Festival; education aid (金秋助学) is paid in late summer.
  const paidOn =
    type === 'education'
      ? day(year, random.int(8, 9), random.int(1, 28))
      : type === 'hardship' && random.chance(0.6)
        ? day(year, random.int(1, 2), random.int(1, 28))
        : day(year, random.int(1, 12), random.int(1, 28));
  const payment: PlannedPayment = random.chance(0.002)
    ? { amount, bouncedOn: paidOn, paidOn: addDays(paidOn, 3) }
    : { amount, paidOn };
  const base = { type, worker, fund, amount, payment, outcome: null, recovered: null };
  const openedOn = addDays(paidOn, -random.int(15, 40));
  const closedOn = addDays(payment.paidOn, random.int(1, 10));
  if (type === 'hardship') {
    const cause = random.weighted(HARDSHIP_CAUSE_WEIGHTS);
    return {
      ...base,
      openedOn,
      closedOn,
      summary: HARDSHIP_SUMMARIES[cause],
      details: {
        cause,
        householdSize: random.int(1, 6),
        monthlyHouseholdIncome: random.int(5, 25) * 10_000,
      },
    };
  }
  if (type === 'medical') {
    const outOfPocket = amount * random.int(2, 6);
    const insuranceReimbursed = outOfPocket * random.int(1, 3);
    return {
      ...base,
      openedOn,
      closedOn,
      summary: '因病致贫，自付医疗费用较高，申请医疗救助',
      details: {
        hospital: random.pick(HOSPITALS),
        diagnosis: random.pick(DIAGNOSES),
        totalCost: outOfPocket + insuranceReimbursed,
        insuranceReimbursed,
        outOfPocket,
      },
    };
  }
  const [school, level] = random.pick(SCHOOLS);
  return {
    ...base,
    openedOn,
    closedOn,
    summary: `子女考入${school}，家庭困难，申请金秋助学`,
    details: {
      childName: `${worker.name[0]}${random.pick(MALE_GIVEN)}${random.pick(FEMALE_GIVEN)}`,
      school,
      level,
      schoolYear: `${year}-${year + 1}`,
      tuition: random.int(30, 60) * 10_000,
    },
  };
}

/** 111 legal-aid cases since 2014, paid out of the ¥213,000 lottery grant, with the losses recovered. */
function legalCases(random: Random, people: People, hardshipWorkers: PlannedWorker[]): DraftCase[] {
  const years = LEGAL_CASES_PER_YEAR.flatMap(([year, count]) => Array<number>(count).fill(year));
  const workers = [
    ...random.sample(hardshipWorkers, Math.floor(years.length / 2)),
    ...Array.from({ length: years.length - Math.floor(years.length / 2) }, () => people.next()),
  ];
  const outcomes = years.map(() =>
    random.weighted<LegalOutcome>([
      ['settled', 55],
      ['won', 35],
      ['lost', 6],
      ['withdrawn', 4],
    ]),
  );
  const claimed = years.map(() => random.int(20, 600) * 100_000);
  const recovering = outcomes.map((outcome) => outcome === 'settled' || outcome === 'won');
  const recovered = fitTotal(
    claimed.map((c, i) => (recovering[i] ? Math.round((c / 100) * (0.7 + random.int(0, 30) / 100)) : 0)),
    CHUZHOU_FIGURES.legal.recovered / 100,
    random,
    (i) => recovering[i],
  );
  const subsidies = fitTotal(
    years.map(() => random.pick([1500, 2000, 2000, 2500])),
    CHUZHOU_FIGURES.legal.fundedByLottery / 100,
    random,
  );
  return years.map((year, i) => {
    const disputeKind: DisputeKind = random.weighted(DISPUTE_WEIGHTS);
    const openedOn = day(year, random.int(1, 11), random.int(1, 28));
    const paidOn = addDays(openedOn, random.int(10, 30));
    return {
      type: 'legal',
      worker: workers[i],
      fund: LOTTERY_GRANT_2014,
      openedOn,
      summary: LEGAL_SUMMARIES[disputeKind],
      details: { disputeKind, opposingParty: random.pick(OPPOSING_PARTIES), amountClaimed: claimed[i] },
      amount: subsidies[i] * 100,
      payment: { amount: subsidies[i] * 100, paidOn },
      outcome: outcomes[i],
      recovered: recovered[i] * 100,
      closedOn: addDays(paidOn, random.int(20, 50)),
    };
  });
}

/**
 * Adjusts amounts (whole yuan, multiples of `step`) so they add up to `total` exactly while
 * keeping their shape: scaled first, then nudged one step at a time. Only `adjustable` ones move.
 */
export function fitTotal(
  amounts: number[],
  total: number,
  random: Random,
  adjustable: (index: number) => boolean = () => true,
  step = 100,
): number[] {
  const movable = amounts.map((_, i) => i).filter(adjustable);
  const sum = movable.reduce((s, i) => s + amounts[i], 0);
  const fitted = [...amounts];
  for (const i of movable) fitted[i] = Math.max(step, Math.round((amounts[i] * total) / sum / step) * step);
  let rest = total - fitted.reduce((s, a) => s + a, 0);
  while (rest !== 0) {
    const i = random.pick(movable);
    const change = rest > 0 ? step : -step;
    if (fitted[i] + change < step) continue;
    fitted[i] += change;
    rest -= change;
  }
  return fitted;
}

/** Makes workers with valid identity numbers that never repeat, also against `earlier` ones. */
export class People {
  /** The workers made here; their indexes follow on from `earlier`'s. */
  readonly all: PlannedWorker[] = [];
  private readonly taken: Set<string>;

  constructor(
    private readonly random: Random,
    private readonly unitCodes: readonly string[],
    private readonly earlier: readonly PlannedWorker[] = [],
  ) {
    this.taken = new Set(earlier.map((w) => w.idNumber));
  }

  next(): PlannedWorker {
    const random = this.random;
    const gender = random.chance(0.45) ? 'female' : 'male';
    const birthDate = day(random.int(1960, 1992), random.int(1, 12), random.int(1, 28));
    let idNumber = '';
    while (!idNumber || this.taken.has(idNumber)) {
      const order = random.int(0, 499) * 2 + (gender === 'male' ? 1 : 0);
      const first17 = `${random.pick(CHUZHOU_REGIONS)}${birthDate.replace(/-/g, '')}${String(order).padStart(3, '0')}`;
      idNumber = first17 + checkCharacterOf(first17);
    }
    this.taken.add(idNumber);
    const worker: PlannedWorker = {
      index: this.earlier.length + this.all.length,
      name: `${random.pick(SURNAMES)}${random.pick(gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN)}${
        random.chance(0.7) ? random.pick(gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN) : ''
      }`,
      idNumber,
      gender,
      birthDate,
      unitCode: this.unitCodes[Math.floor(random.skewed() * this.unitCodes.length)],
      migrantWorker: random.chance(0.3),
      employer: random.pick(EMPLOYERS),
      phone: `1${random.pick(['39', '58', '37', '86', '55'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      bankAccount: '',
    };
    worker.bankAccount = bankAccountOf(worker);
    this.all.push(worker);
    return worker;
  }

  /** Forgets the workers made here that are not in `kept`, and numbers the others on from `earlier`'s. */
  keepOnly(kept: ReadonlySet<PlannedWorker>): PlannedWorker[] {
    const workers = this.all.filter((w) => kept.has(w));
    workers.forEach((w, i) => {
      w.index = this.earlier.length + i;
      w.bankAccount = bankAccountOf(w);
    });
    return workers;
  }
}

function bankAccountOf(worker: PlannedWorker): string {
  return `6217${String(worker.index).padStart(8, '0')}${worker.phone.slice(-7)}`;
}

export function day(year: number, month: number, dayOfMonth: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** `2017-12-30` + 3 → `2018-01-02`, in plain arithmetic: the plan does it some 300,000 times. */
export function addDays(date: string, days: number): string {
  const [year, month, dayOfMonth] = civilFromDays(
    daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) + days,
  );
  return day(year, month, dayOfMonth);
}

// Days since 1970-01-01 and back, in the proleptic Gregorian calendar (Howard Hinnant's algorithms).
function daysFromCivil(year: number, month: number, dayOfMonth: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const m = Math.floor((5 * dayOfYear + 2) / 153);
  const month = m < 10 ? m + 3 : m - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * m + 2) / 5) + 1];
}
