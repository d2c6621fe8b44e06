import type { Pool } from 'pg';
import {
  can,
  FOLLOW_UP_DUE_WITHIN_DAYS,
  INBOX_KIND_PERMISSIONS,
  INBOX_KINDS,
  NOTICE_ENDING_WITHIN_DAYS,
  REVIEW_DUE_WITHIN_DAYS,
  todayInCenter,
  type InboxKind,
  type InboxView,
  type Role,
} from '@worker-aid/shared/domain';
import type { BenchApp } from './bench-app';
import type { ScenarioResult } from './scenario-result';
import { measure } from './timing';

export interface InboxScenario {
  label: string;
  username: string;
  token: string;
}

/** The caller as the plain counts need them: id, role, scope and the level of their unit. */
interface Caller {
  id: string;
  role: Role;
  path: string;
  level: string;
}

const SCOPED = (alias: string) =>
  `EXISTS (SELECT 1 FROM unit u WHERE u.id = ${alias}.unit_id AND u.path LIKE $1)`;

/**
 * Each kind counted the plain way, by the rules of API.md and issue #15 (with the bench's
 * policy configured): `$1` the scope's path prefix, `$2` today, `$3` the caller's id, `$4` their level.
 */
const PLAIN_COUNTS: Record<InboxKind, string> = {
  review: `SELECT count(*) FROM aid_case c WHERE ${SCOPED('c')} AND c.status = 'submitted' AND c.created_by <> $3
    AND CASE WHEN $4 = 'grassroots' THEN jsonb_array_length(c.approvals) = 0 ELSE c.awaiting_level = $4 END`,
  fileApprovals: `SELECT count(*) FROM hardship_file f WHERE ${SCOPED('f')} AND f.status = 'submitted'`,
  campaignApprovals: `SELECT count(*) FROM campaign k WHERE ${SCOPED('k')} AND k.status = 'submitted' AND k.created_by <> $3`,
  noticeEnding: `SELECT (SELECT count(*) FROM aid_case c WHERE ${SCOPED('c')} AND c.status = 'approved'
      AND c.notice_ends_on - $2::date BETWEEN 0 AND ${NOTICE_ENDING_WITHIN_DAYS})
    + (SELECT count(*) FROM hardship_file f WHERE ${SCOPED('f')} AND f.status = 'active'
      AND f.notice_ends_on - $2::date BETWEEN 0 AND ${NOTICE_ENDING_WITHIN_DAYS})
    + (SELECT count(*) FROM campaign k WHERE ${SCOPED('k')} AND k.status = 'approved'
      AND k.notice_ends_on - $2::date BETWEEN 0 AND ${NOTICE_ENDING_WITHIN_DAYS})`,
  filesReviewDue: `SELECT count(*) FROM hardship_file f WHERE ${SCOPED('f')} AND f.status = 'active'
    AND f.review_due_on - $2::date <= ${REVIEW_DUE_WITHIN_DAYS}`,
  followUpsDue: `SELECT count(*) FROM file_follow_up v JOIN hardship_file f ON f.id = v.file_id
    WHERE ${SCOPED('f')} AND f.status = 'closed' AND v.done_on IS NULL AND v.due_on - $2::date <= ${FOLLOW_UP_DUE_WITHIN_DAYS}`,
  toPay: `SELECT count(*) FROM aid_case c WHERE ${SCOPED('c')} AND c.status = 'approved'
    AND NOT coalesce(c.notice_ends_on >= $2::date, false)`,
  campaignsToPay: `SELECT count(*) FROM campaign k WHERE ${SCOPED('k')} AND k.status = 'approved'
    AND NOT coalesce(k.notice_ends_on >= $2::date, false)
    AND (SELECT count(*) FROM campaign_line l WHERE l.campaign_id = k.id AND l.status = 'unpaid') > 0`,
  imports: `SELECT count(*) FROM worker_import i WHERE ${SCOPED('i')} AND i.status = 'validated'`,
};

async function callerOf(pool: Pool, username: string): Promise<Caller> {
  const { rows } = await pool.query<Caller>(
    `SELECT a.id, a.role, u.path, u.level FROM app_user a JOIN unit u ON u.id = a.unit_id WHERE a.username = $1`,
    [username],
  );
  if (!rows[0]) throw new Error(`no user ${username}: is wa_bench seeded?`);
  return rows[0];
}

/** Where the API's counts differ from the plain ones; kinds the role may not do must be 0. */
async function countProblems(pool: Pool, caller: Caller, view: InboxView): Promise<string[]> {
  const problems: string[] = [];
  for (const kind of INBOX_KINDS) {
    const allowed = INBOX_KIND_PERMISSIONS[kind].some((permission) => can(caller.role, permission));
    let expected = 0;
    if (allowed) {
      const parameters = [`${caller.path}%`, todayInCenter(), caller.id, caller.level];
      // Every parameter typed once, whether the kind's statement uses it or not.
      const { rows } = await pool.query<{ count: string }>(
        `SELECT (${PLAIN_COUNTS[kind]}) AS count FROM (SELECT $1::text, $2::date, $3::uuid, $4::text) p`,
        parameters,
      );
      expected = Number(rows[0].count);
    }
    if (view.counts[kind] !== expected)
      problems.push(`${kind}: API ${view.counts[kind]}, plain SQL ${expected}`);
    const items = view.items.filter((item) => item.kind === kind).length;
    if (items !== Math.min(expected, 10)) problems.push(`${kind}: ${items} items for ${expected} waiting`);
  }
  return problems;
}

/**
 * `GET /api/inbox` for one user: its counts checked against plain SQL, then timed; "raw" is the
 * statements the API sent for it (sign-in check included), one after another on a plain pg Pool —
 * the API sends its per-feature statements side by side.
 */
export async function benchInbox(app: BenchApp, pool: Pool, s: InboxScenario): Promise<ScenarioResult> {
  let body = '';
  const captured = await app.captureQueries(async () => (body = await app.get('/api/inbox', s.token)));
  const view = JSON.parse(body) as InboxView;
  const problems = await countProblems(pool, await callerOf(pool, s.username), view);
  const api = await measure(() => app.get('/api/inbox', s.token));
  const raw = await measure(
    async () => {
      for (const q of captured) await pool.query(q.sql, q.parameters);
    },
    { runs: api.runs },
  );
  const perStatement: string[] = [];
  for (const q of captured) {
    const timing = await measure(() => pool.query(q.sql, q.parameters), { runs: 30 });
    perStatement.push(`${timing.p50.toFixed(2)} ms p50  ${q.sql.replace(/\s+/g, ' ').slice(0, 110)}`);
  }
  const counts = INBOX_KINDS.map((kind) => `${kind} ${view.counts[kind].toLocaleString('en')}`).join(', ');
  return {
    scenario: `inbox, ${s.label}`,
    kind: 'inbox',
    api,
    raw,
    problems,
    apiQueries: captured.map((q) => q.sql),
    diagnostics: [`counts: ${counts}`, ...perStatement],
  };
}
