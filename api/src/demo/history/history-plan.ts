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
const LEGAL_CASES_PER_YEAR: [number, number][] = [
  [2014, 18],
  [2015, 26],
  [2016, 31],
  [2017, 36],
];

interface PaidType {
  /** How many cases (one a year) a person gets, by weight. */
  casesPerPerson: [number, number][];
  /** Typical amounts in yuan, multiples of 100; fitted afterwards to the exact total. */
  amounts: number[];
  /** Share of this type's persons who are also hardship-aid workers. */
  fromHardship: number;
}

const PAID_TYPES: Record<'hardship' | 'medical' | 'education', PaidType> = {
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
  worker: PlannedWorker;
  /** When the caseworker logged it (China Standard Time). */
  openedOn: string;
  summary: string;
  details: CaseDetails;
  amount: number;
  payment: PlannedPayment;
  outcome: LegalOutcome | null;
  recovered: number | null;
  closedOn: string;
}

export interface HistoryPlan {
  workers: PlannedWorker[];
  /** In the order they were opened. */
  cases: PlannedCase[];
}

/** The city's aid history 2013–2017, the same on every start (a fixed seed). */
export function planHistory(unitCodes: readonly string[], seed = 2017): HistoryPlan {
  const random = seededRandom(seed);
  const people = new People(random, unitCodes);
  const drafts: Omit<PlannedCase, 'caseNo'>[] = [];
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
      drafts.push(paidCase(random, type, worker, year, amounts[i] * 100)),
    );
  }
  drafts.push(...legalCases(random, people, hardshipWorkers));

  drafts.sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  const counters = new Map<string, number>();
  const cases = drafts.map((draft) => {
    const key = `${draft.type}-${draft.openedOn.slice(0, 4)}`;
    const sequence = (counters.get(key) ?? 0) + 1;
    counters.set(key, sequence);
    return { ...draft, caseNo: formatCaseNumber(draft.type, Number(draft.openedOn.slice(0, 4)), sequence) };
  });
  return { workers: people.all, cases };
}

function paidCase(
  random: Random,
  type: 'hardship' | 'medical' | 'education',
  worker: PlannedWorker,
  year: number,
  amount: number,
): Omit<PlannedCase, 'caseNo'> {
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
  const base = { type, worker, amount, payment, outcome: null, recovered: null };
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
function legalCases(
  random: Random,
  people: People,
  hardshipWorkers: PlannedWorker[],
): Omit<PlannedCase, 'caseNo'>[] {
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

/** Makes workers with valid identity numbers that never repeat. */
class People {
  readonly all: PlannedWorker[] = [];
  private readonly taken = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly unitCodes: readonly string[],
  ) {}

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
      index: this.all.length,
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
    worker.bankAccount = `6217${String(worker.index).padStart(8, '0')}${worker.phone.slice(-7)}`;
    this.all.push(worker);
    return worker;
  }
}

function day(year: number, month: number, dayOfMonth: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
