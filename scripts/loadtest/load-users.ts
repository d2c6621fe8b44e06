import type { Role } from '@worker-aid/shared/domain';
import { BENCH_USERS } from '../bench/seed-shape';

export interface LoadUser {
  username: string;
  role: Role;
  /** Unit code: CENTER, IND001…, GR0001… (see scripts/bench/seed-rows.sql.ts). */
  unitCode: string;
}

/** Caseworkers of four grassroots units (GR0001 is the baseline's), as the seeded `bench_caseworker` is GR0001's. */
export const CASEWORKERS: LoadUser[] = [1, 2, 3, 4].map((g) => ({
  username: `load_caseworker_${g}`,
  role: 'caseworker',
  unitCode: `GR${String(g).padStart(4, '0')}`,
}));

/** The seeded root and industry-union managers (see BENCH_USERS), who read the reports. */
export const MANAGERS: string[] = [BENCH_USERS.rootManager.username, BENCH_USERS.industryManager.username];

/** A finance officer at the center, who pays approved cases. */
export const FINANCE: LoadUser = { username: 'load_finance', role: 'finance', unitCode: 'CENTER' };

/** The users the load test adds to what the bench seed creates. */
export const ADDED_USERS: LoadUser[] = [...CASEWORKERS, FINANCE];
