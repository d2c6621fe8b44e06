import type { Pool } from 'pg';
import type { CampaignView, RosterBuilt } from '@worker-aid/shared/domain';
import type { BenchApp } from './bench-app';

/** The issue's budget for building a 30,000-line roster. */
const ROSTER_BUDGET_SECONDS = 5;
const MIN_ACTIVE_FILES = 30_000;
const BUILDS = 3;

export interface RosterBenchResult {
  activeFiles: number;
  /** Seconds of each `POST /api/campaigns/:id/roster`: the first builds, the others rebuild. */
  seconds: number[];
  lines: number;
  amount: number;
  problems: string[];
}

/**
 * A festival campaign of the center (every tier) over the seeded `wa_bench`, whose active files
 * (≈32,000) are all on its roster: times `POST /api/campaigns/:id/roster` as the center's manager,
 * the first build and rebuilds (which delete the draft's lines first), and checks the answer
 * against the active files PostgreSQL counts directly.
 */
export async function benchCampaignRoster(
  app: BenchApp,
  pool: Pool,
  manager: { token: string },
): Promise<RosterBenchResult> {
  const problems: string[] = [];
  const { rows: counted } = await pool.query<{ files: number; amount: string }>(
    `SELECT count(*)::int AS files,
            coalesce(sum(CASE tier WHEN 'deep' THEN 150000 WHEN 'relative' THEN 100000 ELSE 80000 END), 0)::text AS amount
       FROM hardship_file WHERE status = 'active' AND tier IN ('deep', 'relative', 'sudden')`,
  );
  const activeFiles = counted[0]?.files ?? 0;
  if (activeFiles < MIN_ACTIVE_FILES)
    problems.push(`only ${activeFiles} active files, fewer than ${MIN_ACTIVE_FILES}`);
  const { rows: funds } = await pool.query<{ id: string }>(
    `SELECT f.id FROM fund f JOIN unit u ON u.id = f.unit_id WHERE u.level = 'center' ORDER BY f.code LIMIT 1`,
  );
  const year = new Date().getUTCFullYear();
  const campaign = await post<CampaignView>(app, manager.token, '/api/campaigns', {
    name: `${year}年"两节"送温暖（压测）`,
    kind: 'festival',
    fundId: funds[0]?.id,
    year,
    eligibility: { tiers: ['deep', 'relative', 'sudden'] },
    amounts: [
      { tier: 'deep', amount: 150_000 },
      { tier: 'relative', amount: 100_000 },
      { tier: 'sudden', amount: 80_000 },
    ],
  });
  const seconds: number[] = [];
  let built: RosterBuilt = { lines: 0, amount: 0 };
  for (let run = 0; run < BUILDS; run++) {
    const started = performance.now();
    built = await post<RosterBuilt>(app, manager.token, `/api/campaigns/${campaign.id}/roster`, {});
    seconds.push((performance.now() - started) / 1000);
  }
  if (built.lines !== activeFiles) problems.push(`${built.lines} lines for ${activeFiles} active files`);
  if (built.amount !== Number(counted[0]?.amount ?? 0)) {
    problems.push(`roster of ${built.amount} fen, the files' tiers say ${counted[0]?.amount}`);
  }
  return { activeFiles, seconds, lines: built.lines, amount: built.amount, problems };
}

export function rosterLines(result: RosterBenchResult): string[] {
  const worst = Math.max(...result.seconds);
  return [
    `  active files: ${result.activeFiles}; roster: ${result.lines} lines, ¥${(result.amount / 100).toFixed(2)}`,
    `  POST /api/campaigns/:id/roster: ${result.seconds.map((s) => `${s.toFixed(2)} s`).join(', ')} ` +
      `(first build, then rebuilds); worst ${worst.toFixed(2)} s — ` +
      (worst <= ROSTER_BUDGET_SECONDS
        ? `within the ${ROSTER_BUDGET_SECONDS} s budget`
        : `OVER the ${ROSTER_BUDGET_SECONDS} s budget`),
    ...result.problems.map((problem) => `  WRONG: ${problem}`),
  ];
}

async function post<T>(app: BenchApp, token: string, path: string, body: object): Promise<T> {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200 && response.status !== 201)
    throw new Error(`POST ${path}: HTTP ${response.status} ${text}`);
  return JSON.parse(text) as T;
}
