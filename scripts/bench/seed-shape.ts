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

/** The users whose requests are measured (the admin only owns the seeded rows). */
export const BENCH_USERS = {
  admin: { username: 'admin', role: 'admin', unit: 'center-0' },
  rootManager: { username: 'bench_root', role: 'manager', unit: 'center-0' },
  industryManager: { username: 'bench_industry', role: 'manager', unit: 'industry-1' },
  caseworker: { username: 'bench_caseworker', role: 'caseworker', unit: 'grassroots-1' },
} as const;

export type BenchUser = keyof typeof BENCH_USERS;
