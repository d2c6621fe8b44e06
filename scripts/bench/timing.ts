import { performance } from 'node:perf_hooks';

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
}

export interface MeasureOptions {
  /** Exactly this many measured runs (unless `budgetMs` ends them first). */
  runs?: number;
  /** Stop measuring after this long, once `minRuns` are done (for multi-second baselines). */
  budgetMs?: number;
  minRuns?: number;
}

const WARM_UP_RUNS = 10;
/** Warm-up stops early once it has taken this long: slow baselines need no ten rounds. */
const WARM_UP_BUDGET_MS = 10_000;
const MIN_RUNS = Number(process.env['BENCH_RUNS'] ?? 50);
/** Fast scenarios get more runs, up to this many, while they stay under RUN_BUDGET_MS. */
const MAX_RUNS = 500;
const RUN_BUDGET_MS = 5_000;

/**
 * Times `once` sequentially after a warm-up: by default at least MIN_RUNS runs and more while
 * fast. Milliseconds, nearest-rank percentiles.
 */
export async function measure(once: () => Promise<unknown>, options: MeasureOptions = {}): Promise<Timing> {
  const warmUpStart = performance.now();
  for (let i = 0; i < WARM_UP_RUNS && performance.now() - warmUpStart < WARM_UP_BUDGET_MS; i++) await once();
  const samples: number[] = [];
  const start = performance.now();
  const elapsed = () => performance.now() - start;
  const more = () => {
    if (
      options.budgetMs !== undefined &&
      samples.length >= (options.minRuns ?? 1) &&
      elapsed() > options.budgetMs
    )
      return false;
    if (options.runs !== undefined) return samples.length < options.runs;
    return samples.length < MIN_RUNS || (samples.length < MAX_RUNS && elapsed() < RUN_BUDGET_MS);
  };
  while (more()) {
    const t0 = performance.now();
    await once();
    samples.push(performance.now() - t0);
  }
  return { runs: samples.length, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
