import 'reflect-metadata';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { demoEncryptionKeys, type EncryptionKeys, FieldKeyring } from '@worker-aid/api/core';
import { BenchApp } from './bench-app';
import { batchResultsLines, benchBatchResults } from './batch-results-bench';
import { type BenchServer, isSeeded, openBenchServer, recreateDatabase } from './bench-database';
import { benchCampaignRoster, rosterLines } from './campaign-roster-bench';
import { benchCaseList } from './case-list-bench';
import { benchDocuments, documentsLines } from './documents-bench';
import { benchImports, importsLines } from './imports-bench';
import { benchInbox } from './inbox-bench';
import { dataSizeLines, machineLines } from './machine-and-data';
import { benchReport } from './report-bench';
import { resultsTable } from './results-table';
import type { ScenarioResult } from './scenario-result';
import { measure, type Timing } from './timing';
import { seed } from './seed';
import { BENCH_USERS } from './seed-shape';

/**
 * `npm run bench [-- --keep]`: seeds a national-scale `wa_bench` (or, with --keep / BENCH_KEEP=1,
 * reuses one already seeded), starts the real API on it and times the case list and the
 * disbursement report against PostgreSQL answering the same questions directly; then measures
 * the server's memory over ten concurrent 20 MB document uploads (`-- --documents` runs only that)
 * and a 20,000-row worker import (`-- --imports` runs only that). `-- --inbox` times only the
 * inbox (`GET /api/inbox`) of five users on the seeded `wa_bench` (with --keep, reusing it);
 * `-- --campaigns` times only a center campaign's roster over its ≈32,000 active files;
 * `-- --batches` runs only the campaign batch: one results call paying 10,000 lines.
 */
async function main(): Promise<number> {
  const keep = process.argv.includes('--keep') || process.env['BENCH_KEEP'] === '1';
  // Kept beside the embedded server's folder, so a kept wa_bench can still be read.
  const keys = demoEncryptionKeys(resolve('.data/bench-keys'));
  const server = await openBenchServer(process.env['DATABASE_URL']);
  if (process.argv.includes('--imports')) {
    try {
      return await importsSection(server, keys);
    } finally {
      await server.embedded?.stop();
    }
  }
  if (process.argv.includes('--batches')) {
    try {
      return await batchesSection(server, keys);
    } finally {
      await server.embedded?.stop();
    }
  }
  if (process.argv.includes('--documents')) {
    try {
      return await documentsSection(server, keys);
    } finally {
      await server.embedded?.stop();
    }
  }
  const inboxOnly = process.argv.includes('--inbox');
  const campaignsOnly = process.argv.includes('--campaigns');
  let app: BenchApp | null = null;
  const pool = new Pool({ connectionString: server.url, max: 1, application_name: 'worker-aid-bench-raw' });
  try {
    console.log(
      `Database server: ${server.embedded ? 'embedded PostgreSQL in .data/bench' : 'DATABASE_URL'}`,
    );
    await seededDatabase(server, keys, keep);

    const started = await BenchApp.start(server.url, keys);
    app = started;
    const user = await signedIn(started);

    const results: ScenarioResult[] = [];
    const record = recorder(results);
    console.log('Measuring');
    if (campaignsOnly) return await campaignsSection(started, pool, user('rootManager'));
    if (inboxOnly) {
      for (const result of await inboxScenarios(started, pool, user)) record(result);
      printSummary(results, null, await machineLines(pool), await dataSizeLines(pool));
      return wrongAnswers(results);
    }
    for (const [key, label] of [
      ['caseworker', 'grassroots caseworker'],
      ['rootManager', 'root manager'],
    ] as const) {
      record(await benchCaseList(started, pool, { label, ...user(key), depth: null }));
      record(await benchCaseList(started, pool, { label, ...user(key), depth: 100_000 }));
    }
    const year = {
      from: '2017-01-01',
      to: '2017-12-31',
      groupBy: ['type', 'month'] as ('type' | 'month' | 'campaign')[],
    };
    record(await benchReport(started, pool, { label: 'root manager', ...user('rootManager'), ...year }));
    record(
      await benchReport(started, pool, { label: 'industry manager', ...user('industryManager'), ...year }),
    );
    record(
      await benchReport(started, pool, {
        label: 'root manager',
        ...user('rootManager'),
        from: '2013-01-01',
        to: '2017-12-31',
        groupBy: ['type'],
      }),
    );
    record(
      await benchReport(started, pool, {
        label: 'root manager',
        ...user('rootManager'),
        from: '2013-01-01',
        to: '2017-12-31',
        groupBy: ['type', 'campaign'],
      }),
    );

    for (const result of await inboxScenarios(started, pool, user)) record(result);
    const rosterWrong = await campaignsSection(started, pool, user('rootManager'));

    // Near the fixed cost of any request: JWT check, the principal query, Nest, HTTP (plus one user look-up).
    const floor = await measure(() => started.get('/api/auth/me', user('caseworker').token));
    printSummary(results, floor, await machineLines(pool), await dataSizeLines(pool));
    const wrong = Math.max(wrongAnswers(results), rosterWrong);
    await started.stop();
    app = null;
    return Math.max(
      wrong,
      await documentsSection(server, keys),
      await importsSection(server, keys),
      await batchesSection(server, keys),
    );
  } finally {
    await app?.stop();
    await pool.end();
    await server.embedded?.stop();
  }
}

/** `wa_bench` seeded: reused with --keep when a finished seed is there, else recreated and seeded. */
async function seededDatabase(server: BenchServer, keys: EncryptionKeys, keep: boolean): Promise<void> {
  if (keep && (await isSeeded(server))) {
    console.log('--keep: reusing the seeded wa_bench, no seeding');
    return;
  }
  console.log(keep ? '--keep: wa_bench is not seeded yet; seeding it' : 'Recreating and seeding wa_bench');
  await recreateDatabase(server);
  const timer = await seed(server.url, new FieldKeyring(keys));
  console.log(`  seeding in all … ${timer.total().toFixed(1)} s`);
}

type BenchUserKey = keyof typeof BENCH_USERS;

/** Every bench user signed in: their name and token by key. */
async function signedIn(app: BenchApp): Promise<(key: BenchUserKey) => { username: string; token: string }> {
  const token = Object.fromEntries(
    await Promise.all(
      Object.entries(BENCH_USERS).map(async ([key, user]) => [key, await app.login(user.username)] as const),
    ),
  ) as Record<BenchUserKey, string>;
  return (key) => ({ username: BENCH_USERS[key].username, token: token[key] });
}

function recorder(results: ScenarioResult[]): (result: ScenarioResult) => void {
  return (result) => {
    results.push(result);
    console.log(
      `  ${result.scenario}: API p50 ${result.api.p50.toFixed(1)} ms, p95 ${result.api.p95.toFixed(1)} ms, raw p50 ${result.raw.p50.toFixed(1)} ms`,
    );
  };
}

/** The inbox of each role whose home page it is: the center's admin, manager and finance, an industry reviewer, a station's caseworker. */
async function inboxScenarios(
  app: BenchApp,
  pool: Pool,
  user: (key: BenchUserKey) => { username: string; token: string },
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const [key, label] of [
    ['admin', 'admin (center)'],
    ['rootManager', 'center manager'],
    ['centerFinance', 'center finance'],
    ['industryReviewer', 'industry reviewer'],
    ['stationCaseworker', 'grassroots caseworker'],
  ] as const) {
    results.push(await benchInbox(app, pool, { label, ...user(key) }));
  }
  return results;
}

/** 1 when a scenario's answer was wrong (each one printed), else 0. */
function wrongAnswers(results: ScenarioResult[]): number {
  const wrong = results.filter((r) => r.problems.length > 0);
  for (const r of wrong)
    console.error(`WRONG ANSWER in "${r.scenario}":\n  ${r.problems.slice(0, 10).join('\n  ')}`);
  return wrong.length > 0 ? 1 : 0;
}

/** A center campaign's roster over every active file: built, then rebuilt; 1 when its answer is wrong. */
async function campaignsSection(app: BenchApp, pool: Pool, manager: { token: string }): Promise<number> {
  console.log("\nCampaigns: a center festival campaign's roster over every active file");
  const result = await benchCampaignRoster(app, pool, manager);
  console.log(rosterLines(result).join('\n'));
  return result.problems.length > 0 ? 1 : 0;
}

/** Ten concurrent 20 MB uploads against the API in a process of its own: its memory before, at the peak, after. */
async function documentsSection(server: BenchServer, keys: EncryptionKeys): Promise<number> {
  console.log('\nDocuments: ten 20 MB uploads at once, the API in a process of its own (RSS from /proc)');
  console.log(documentsLines(await benchDocuments(server, keys)).join('\n'));
  return 0;
}

/** A 20,000-row worker sheet: upload, background check, commit, and the server's memory. */
async function importsSection(server: BenchServer, keys: EncryptionKeys): Promise<number> {
  console.log('\nImports: a 20,000-row worker sheet, the API in a process of its own (RSS from /proc)');
  console.log(importsLines(await benchImports(server, keys)).join('\n'));
  return 0;
}

/** A campaign batch of 10,000 lines paid by one results call, in a process of its own. */
async function batchesSection(server: BenchServer, keys: EncryptionKeys): Promise<number> {
  console.log(
    '\nCampaign batches: one results call paying a 10,000-line batch, the API in a process of its own',
  );
  const result = await benchBatchResults(server, keys);
  console.log(batchResultsLines(result).join('\n'));
  return result.ledgerClean && result.paid === result.lines ? 0 : 1;
}

function printSummary(
  results: ScenarioResult[],
  floor: Timing | null,
  machine: string[],
  data: string[],
): void {
  if (floor)
    console.log(
      `\nNear the per-request floor, GET /api/auth/me = auth + 1 user look-up (${floor.runs} runs): p50 ${floor.p50.toFixed(2)} ms, p95 ${floor.p95.toFixed(2)} ms`,
    );
  for (const r of results) for (const line of r.diagnostics) console.log(`  ${r.scenario}: ${line}`);
  console.log('\nSQL statements per API request (first scenario of each kind):');
  for (const kind of ['case list', 'report', 'inbox'] as const) {
    const first = results.find((r) => r.kind === kind);
    if (!first) continue;
    console.log(`  ${kind}: ${first.apiQueries.length}`);
    for (const sql of first.apiQueries) console.log(`    ${sql.replace(/\s+/g, ' ').slice(0, 150)}`);
  }
  console.log(`\n${machine.join('\n')}`);
  console.log(`Data       ${data.join('\n           ')}\n`);
  console.log(resultsTable(results));
  console.log(
    '\nraw = the SQL the API sent, timed on a plain pg Pool (case list; inbox: its statements one after another) / a plain GROUP BY over the disbursement rows (report).',
  );
  console.log('Sequential requests after a warm-up; a missed speed goal is reported here, not an error.');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
