import type { SeedShape } from '../bench/seed-shape';

/** What one run of the load test does: the seeded size and how long each autocannon pass lasts. */
export interface LoadOptions {
  short: boolean;
  shape: SeedShape;
  /** Seconds of each measured pass (mixed workload, case list only, baseline). */
  seconds: number;
  /** Seconds of the unmeasured warm-up before each pass. */
  warmUpSeconds: number;
  /** Concurrent connections of every pass. */
  connections: number;
}

/** About 100 units, 50,000 workers, 150,000 cases and 470,000 payments. */
const MID_SIZE: SeedShape = {
  industryUnions: 9,
  grassrootsUnits: 90,
  workers: 50_000,
  cases: 150_000,
  funds: 4,
};
/** Enough for every request kind to find its data, seeded in a few seconds. */
const SMALL: SeedShape = { industryUnions: 3, grassrootsUnits: 20, workers: 5_000, cases: 15_000, funds: 4 };

/** `--short` (CI), `--seconds=N` (per pass); LOADTEST_SECONDS works too. */
export function parseOptions(argv: string[], env: Record<string, string | undefined>): LoadOptions {
  const short = argv.includes('--short');
  const flag = argv.find((a) => a.startsWith('--seconds='))?.slice('--seconds='.length);
  const seconds = Number(flag ?? env['LOADTEST_SECONDS'] ?? (short ? 5 : 30));
  if (!Number.isInteger(seconds) || seconds < 1) throw new Error(`--seconds must be a whole number ≥ 1`);
  return {
    short,
    shape: short ? SMALL : MID_SIZE,
    seconds,
    warmUpSeconds: short ? 1 : 3,
    connections: 50,
  };
}
