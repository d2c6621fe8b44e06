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
  /** Lines whose exclusion or changed amount the rebuilds kept. */
  kept: number;
  problems: string[];
}

/**
 * A festival campaign of the center (every tier) over the seeded `wa_bench`, whose active files
 * (≈32,000) are all on its roster: times `POST /api/campaigns/:id/roster` as the center's manager,
 * the first build and rebuilds (which delete the draft's lines first), and checks the answer
 * against the active files PostgreSQL counts directly. Between the first build and the rebuilds,
 * one line in ten is excluded and another in ten changed in amount, as staff would: the rebuilds
 * keep them.
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
  let built: RosterBuilt = { lines: 0, amount: 0, kept: 0 };
  let edited = { kept: 0, amount: 0 };
  for (let run = 0; run < BUILDS; run++) {
    const started = performance.now();
    built = await post<RosterBuilt>(app, manager.token, `/api/campaigns/${campaign.id}/roster`, {});
    seconds.push((performance.now() - started) / 1000);
    if (run === 0) {
      if (built.amount !== Number(counted[0]?.amount ?? 0)) {
        problems.push(`roster of ${built.amount} fen, the files' tiers say ${counted[0]?.amount}`);
      }
      edited = await editLines(pool, campaign.id);
    }
  }
  if (built.lines !== activeFiles) problems.push(`${built.lines} lines for ${activeFiles} active files`);
  if (built.kept !== edited.kept) problems.push(`${built.kept} edits kept of ${edited.kept}`);
  if (built.amount !== edited.amount) {
    problems.push(`rebuilt roster of ${built.amount} fen, ${edited.amount} before the rebuild`);
  }
  return { activeFiles, seconds, lines: built.lines, amount: built.amount, kept: built.kept, problems };
}

/** Excludes every tenth line and takes ¥100 off every tenth other one; answers the edits and the amount not excluded. */
async function editLines(pool: Pool, campaignId: string): Promise<{ kept: number; amount: number }> {
  await pool.query(
    `UPDATE campaign_line
        SET status = CASE WHEN line_no % 10 = 0 THEN 'excluded' ELSE status END,
            amount = CASE WHEN line_no % 10 = 5 THEN amount - 10000 ELSE amount END,
            reason = '压测'
      WHERE campaign_id = $1 AND line_no % 5 = 0`,
    [campaignId],
  );
  const { rows } = await pool.query<{ kept: number; amount: string }>(
    `SELECT count(*) FILTER (WHERE status = 'excluded' OR amount <> standard_amount)::int AS kept,
            coalesce(sum(amount) FILTER (WHERE status <> 'excluded'), 0)::text AS amount
       FROM campaign_line WHERE campaign_id = $1`,
    [campaignId],
  );
  return { kept: rows[0]?.kept ?? 0, amount: Number(rows[0]?.amount ?? 0) };
}

export function rosterLines(result: RosterBenchResult): string[] {
  const worst = Math.max(...result.seconds);
  return [
    `  active files: ${result.activeFiles}; roster: ${result.lines} lines, ¥${(result.amount / 100).toFixed(2)}, ` +
      `${result.kept} edits kept`,
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
