import type { Pool } from 'pg';
import type { CaseListItem, Page } from '@worker-aid/shared/domain';
import { encodeCursor } from '@worker-aid/api/core';
import { type BenchApp, isCaseListQuery } from './bench-app';
import type { ScenarioResult } from './scenario-result';
import { scopePathOf } from './scope-lookup';
import { measure } from './timing';

export interface CaseListScenario {
  label: string;
  username: string;
  token: string;
  /** Rows to skip with a cursor, or null for the first page; capped at half the user's cases. */
  depth: number | null;
}

/**
 * `GET /api/cases` against the very statement the app sent for it (captured from TypeORM's
 * logger), run on a plain pg Pool: the difference is what the API adds on top of PostgreSQL.
 */
export async function benchCaseList(app: BenchApp, pool: Pool, s: CaseListScenario): Promise<ScenarioResult> {
  const { path, depth } = await pageUrl(pool, s);
  const scenario =
    depth === null ? `cases page 1, ${s.label}` : `cases ${depth.toLocaleString('en')} deep, ${s.label}`;
  let body = '';
  const captured = await app.captureQueries(async () => (body = await app.get(path, s.token)));
  const list = captured.find(isCaseListQuery);
  if (!list) throw new Error(`${scenario}: the case list query was not captured`);

  const page = JSON.parse(body) as Page<CaseListItem>;
  const raw = await pool.query<{ id: string }>(list.sql, list.parameters);
  const problems: string[] = [];
  const apiIds = page.items.map((item) => item.id).join(',');
  const rawIds = raw.rows
    .slice(0, page.items.length)
    .map((row) => row.id)
    .join(',');
  if (page.items.length === 0) problems.push('the API answered no cases');
  if (apiIds !== rawIds) problems.push('the API page and the raw query rows differ');

  const api = await measure(() => app.get(path, s.token));
  const rawTiming = await measure(() => pool.query(list.sql, list.parameters), { runs: api.runs });
  // The same statement through the app's own TypeORM pool, in process: pool + driver cost without HTTP.
  const viaApp = await measure(() => app.query(list.sql, list.parameters), { runs: 50 });
  const diagnostics = [`list SQL via the app's DataSource.query: p50 ${viaApp.p50.toFixed(2)} ms`];
  return {
    scenario,
    kind: 'case list',
    api,
    raw: rawTiming,
    problems,
    apiQueries: captured.map((q) => q.sql),
    diagnostics,
  };
}

async function pageUrl(pool: Pool, s: CaseListScenario): Promise<{ path: string; depth: number | null }> {
  if (s.depth === null) return { path: '/api/cases', depth: null };
  const scope = `${await scopePathOf(pool, s.username)}%`;
  const { rows: counted } = await pool.query<{ n: string }>(
    'SELECT count(*) AS n FROM aid_case c JOIN unit u ON u.id = c.unit_id WHERE u.path LIKE $1',
    [scope],
  );
  const depth = Math.min(s.depth, Math.floor(Number(counted[0].n) / 2));
  const { rows } = await pool.query<{ seq: string }>(
    `SELECT c.list_seq::text AS seq FROM aid_case c JOIN unit u ON u.id = c.unit_id
     WHERE u.path LIKE $1 ORDER BY c.list_seq DESC OFFSET $2 LIMIT 1`,
    [scope, depth],
  );
  // The cursor the API itself would have issued for that row.
  return { path: `/api/cases?cursor=${encodeCursor([rows[0].seq])}`, depth };
}
