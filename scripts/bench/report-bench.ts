import type { Pool } from 'pg';
import type { DisbursementReport, DisbursementReportRow } from '@worker-aid/shared/domain';
import type { BenchApp } from './bench-app';
import type { ScenarioResult } from './scenario-result';
import { scopePathOf } from './scope-lookup';
import { measure } from './timing';

type Grouping = 'type' | 'month' | 'campaign';

const BASELINE_BUDGET_MS = 60_000;

export interface ReportScenario {
  label: string;
  username: string;
  token: string;
  from: string;
  to: string;
  groupBy: Grouping[];
}

interface Figures {
  persons: number;
  personTimes: number;
  amount: number;
}

const GROUP_COLUMNS: Record<Grouping, string> = {
  type: 'd.case_type',
  month: `to_char(d.paid_on, 'YYYY-MM')`,
  campaign: 'd.campaign_id::text',
};

/** The report row's field for a grouping (a campaign comes as its id). */
const REPORT_FIELDS: Record<Grouping, 'type' | 'month' | 'campaignId'> = {
  type: 'type',
  month: 'month',
  campaign: 'campaignId',
};

/**
 * The report as a plain GROUP BY over the ledger, totals included (the empty grouping set):
 * persons = distinct workers with a payment that was not reversed, person-times = payments
 * less reversals, amount = net.
 */
export function baselineSql(groupBy: Grouping[]): string {
  const keys = groupBy.map((g) => GROUP_COLUMNS[g]);
  return `SELECT ${keys.map((key, i) => `${key} AS ${groupBy[i]}`).join(', ')},
         GROUPING(${keys.join(', ')}) <> 0 AS is_total,
         count(DISTINCT d.worker_id) FILTER (WHERE d.amount > 0 AND r.id IS NULL)::int AS persons,
         sum(sign(d.amount))::int AS person_times, sum(d.amount)::text AS amount
  FROM disbursement d
  JOIN unit u ON u.id = d.unit_id
  -- A reversal carries its payment's day, so only the period's reversals can match.
  LEFT JOIN (SELECT reverses_id AS id FROM disbursement
             WHERE reverses_id IS NOT NULL AND paid_on BETWEEN $2::date AND $3::date) r ON r.id = d.id
  WHERE u.path LIKE $1 AND d.paid_on BETWEEN $2::date AND $3::date
  GROUP BY GROUPING SETS ((${keys.join(', ')}), ())`;
}

/** `GET /api/reports/disbursements` against the baseline GROUP BY; their figures must be equal. */
export async function benchReport(app: BenchApp, pool: Pool, s: ReportScenario): Promise<ScenarioResult> {
  const query = new URLSearchParams({ from: s.from, to: s.to, groupBy: s.groupBy.join(',') });
  const path = `/api/reports/disbursements?${query.toString().replace(/%2C/g, ',')}`;
  const scenario = `report ${s.from.slice(0, 4)}–${s.to.slice(0, 4)} by ${s.groupBy.join('+')}, ${s.label}`;
  const sql = baselineSql(s.groupBy);
  const parameters = [`${await scopePathOf(pool, s.username)}%`, s.from, s.to];

  let body = '';
  const captured = await app.captureQueries(async () => (body = await app.get(path, s.token)));
  const report = JSON.parse(body) as DisbursementReport;
  const baseline = await pool.query<{
    is_total: boolean;
    type?: string;
    month?: string;
    campaign?: string;
    persons: number;
    person_times: number;
    amount: string;
  }>(sql, parameters);
  const problems = compare(report, baseline.rows, s.groupBy);

  const api = await measure(() => app.get(path, s.token));
  // The GROUP BY takes seconds: as many runs as the API had, unless that would take over a minute.
  const raw = await measure(() => pool.query(sql, parameters), {
    runs: api.runs,
    budgetMs: BASELINE_BUDGET_MS,
    minRuns: 10,
  });
  return {
    scenario,
    kind: 'report',
    api,
    raw,
    problems,
    apiQueries: captured.map((q) => q.sql),
    diagnostics: [],
  };
}

function compare(
  report: DisbursementReport,
  baseline: {
    is_total: boolean;
    type?: string;
    month?: string;
    campaign?: string;
    persons: number;
    person_times: number;
    amount: string;
  }[],
  groupBy: Grouping[],
): string[] {
  // A case's payment has no campaign: '' on both sides.
  const key = (row: Partial<Record<Grouping, string | null>>) => groupBy.map((g) => row[g] ?? '').join('|');
  const reportKey = (row: DisbursementReportRow) => groupBy.map((g) => row[REPORT_FIELDS[g]] ?? '').join('|');
  const expected = new Map<string, Figures>();
  let expectedTotals: Figures | null = null;
  for (const row of baseline) {
    const figures = { persons: row.persons, personTimes: row.person_times, amount: Number(row.amount) };
    if (row.is_total) expectedTotals = figures;
    // The report leaves out groups whose payments were all reversed.
    else if (figures.personTimes > 0) expected.set(key(row), figures);
  }
  const problems: string[] = [];
  const differ = (what: string, api: Figures | undefined, want: Figures | undefined) => {
    const text = (f?: Figures) => (f ? `${f.persons}/${f.personTimes}/${f.amount}` : 'missing');
    if (text(api) !== text(want))
      problems.push(`${what}: API ${text(api)} ≠ baseline ${text(want)} (persons/personTimes/amount)`);
  };
  const actual = new Map(report.rows.map((row: DisbursementReportRow) => [reportKey(row), row]));
  for (const name of new Set([...expected.keys(), ...actual.keys()])) {
    const row = actual.get(name);
    differ(
      `row ${name}`,
      row && { persons: row.persons, personTimes: row.personTimes, amount: row.amount },
      expected.get(name),
    );
  }
  differ('totals', report.totals, expectedTotals ?? undefined);
  if (expected.size === 0) problems.push('the baseline found no payments: is wa_bench seeded?');
  return problems;
}
