/** The size of the seeded federation, and the password of every bench user. */
export const SHAPE = {
  industryUnions: 30,
  grassrootsUnits: 1_000,
  workers: 400_000,
  cases: 1_000_000,
  funds: 4,
} as const;

/** A federation's size: SHAPE by default; smaller ones for the load test. */
export type SeedShape = { readonly [K in keyof typeof SHAPE]: number };

export const BENCH_PASSWORD = 'bench-password-2017';

/** The users whose requests are measured (the admin owns most seeded rows; the caseworker logged the cases in review). */
export const BENCH_USERS = {
  admin: { username: 'admin', role: 'admin', unit: 'center-0' },
  rootManager: { username: 'bench_root', role: 'manager', unit: 'center-0' },
  industryManager: { username: 'bench_industry', role: 'manager', unit: 'industry-1' },
  caseworker: { username: 'bench_caseworker', role: 'caseworker', unit: 'grassroots-1' },
  // Where the seeded cases (whose status follows their station) leave work for the inbox: cases in
  // review in industry union 18's stations; approved ones and an import waiting at station 100.
  centerFinance: { username: 'bench_finance', role: 'finance', unit: 'center-0' },
  industryReviewer: { username: 'bench_industry_reviewer', role: 'reviewer', unit: 'industry-18' },
  stationCaseworker: { username: 'bench_station_caseworker', role: 'caseworker', unit: 'grassroots-100' },
} as const;

export type BenchUser = keyof typeof BENCH_USERS;
