import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { FieldKeyring, generateEncryptionKeys } from '@worker-aid/api/core';
import { dataSizeLines, machineLines } from '../bench/machine-and-data';
import { ApiClient } from '../bench/api-client';
import { runPass, type KindResult } from './autocannon-pass';
import { APP_POOL_SIZE, startBaseline } from './baseline';
import { captureCaseListQuery } from './case-list-query';
import type { ChildServer } from './child-server';
import { freePort } from './free-port';
import { openLoadDatabase, recreateAndSeed } from './load-database';
import { parseOptions } from './load-options';
import { CASEWORKERS } from './load-users';
import { caseListOnly, mixedWorkload } from './mixed-workload';
import { errorCount, errorExamples, passTable, totalsOf } from './pass-report';
import { productionServerUrl, startProductionServer } from './production-server';
import { smokeCheck } from './smoke-check';
import type { RequestKind } from './request-kind';
import { loadFixtures } from './workload-fixtures';

/** The goal: the app's case list at least this share of the plain fastify + pg baseline's throughput. */
const THROUGHPUT_GOAL = 0.6;

/**
 * `npm run loadtest [-- --short] [-- --seconds=N]`: seeds `wa_load`, starts the production
 * server, drives a mixed workload and a case-list-only pass at 50 connections with autocannon,
 * then the same case-list query on plain fastify + pg. Exits 1 on any error response or socket
 * error; a missed throughput goal is reported, not a failure.
 */
async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const database = await openLoadDatabase(process.env['DATABASE_URL']);
  const children: ChildServer[] = [];
  const pool = new Pool({ connectionString: database.url, max: 1, application_name: 'worker-aid-loadtest' });
  try {
    const { shape, seconds, connections } = options;
    console.log(
      `Load test${options.short ? ' (--short)' : ''}: ${connections} connections, ${seconds} s per pass; database ${
        database.embedded ? 'embedded PostgreSQL in .data/loadtest' : "DATABASE_URL's server"
      }, wa_load`,
    );
    console.log(
      `Recreating and seeding wa_load: ${shape.industryUnions} industry unions, ${shape.grassrootsUnits} grassroots units, ` +
        `${shape.workers.toLocaleString('en')} workers, ${shape.cases.toLocaleString('en')} cases`,
    );
    // wa_load is made afresh each run, so are its keys.
    const keys = generateEncryptionKeys('load-1');
    const seedStart = performance.now();
    await recreateAndSeed(database, shape, keys);
    console.log(`  seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

    const capture = await captureCaseListQuery(database.url, CASEWORKERS[0].username, keys);

    const appPort = await freePort();
    const app = await startProductionServer(database.url, appPort, keys);
    children.push(app);
    console.log(`Production server (node dist/api/main.js, PID ${app.pid}) on port ${appPort}`);
    const fixtures = await loadFixtures(
      new ApiClient(productionServerUrl(appPort)),
      database.url,
      new FieldKeyring(keys),
    );

    // One workload throughout: its identity numbers for new workers must never repeat.
    const workload = mixedWorkload(fixtures);
    const smoke = await smokeCheck(productionServerUrl(appPort), workload);
    console.log(
      `One request of each kind first (no load): ${smoke.failures === 0 ? 'all answered 2xx' : `${smoke.failures} FAILED`}`,
    );
    for (const line of smoke.lines) console.log(`  ${line}`);

    const mixed = await measuredPass('Mixed workload', productionServerUrl(appPort), workload, options);
    const appCaseList = await measuredPass(
      'Case list only (app)',
      productionServerUrl(appPort),
      caseListOnly(fixtures, connections),
      options,
    );
    await app.stop();

    const baselinePort = await freePort([appPort]);
    const baseline = await startBaseline(database.url, baselinePort, capture.list);
    children.push(baseline);
    console.log(
      `Baseline (fastify + pg, pool ${APP_POOL_SIZE}, PID ${baseline.pid}) on port ${baselinePort}`,
    );
    const baselineKind: RequestKind[] = [
      { name: 'baseline case list', connections, next: () => ({ method: 'GET', path: '/cases' }) },
    ];
    const plain = await measuredPass('Baseline', `http://127.0.0.1:${baselinePort}`, baselineKind, options);
    await baseline.stop();

    console.log(
      `\nThe case-list SQL the app sends for ${CASEWORKERS[0].username}'s first page (${capture.all.length} statements per request):`,
    );
    for (const q of capture.all) console.log(`  ${q.sql.replace(/\s+/g, ' ').slice(0, 200)}`);
    console.log(`\n${(await machineLines(pool)).join('\n')}`);
    console.log(`Data       ${(await dataSizeLines(pool)).join('\n           ')}`);
    return summarise([mixed, appCaseList, plain], appCaseList, mixed, plain, smoke.failures);
  } finally {
    for (const child of children) await child.stop();
    await pool.end();
    await database.embedded?.stop();
  }
}

/** An unmeasured warm-up (JIT, caches, pools), then the pass itself; prints its table. */
async function measuredPass(
  title: string,
  baseUrl: string,
  kinds: RequestKind[],
  options: { seconds: number; warmUpSeconds: number },
): Promise<KindResult[]> {
  const warmUp = await runPass(baseUrl, kinds, options.warmUpSeconds);
  const warmUpErrors = errorCount(warmUp);
  const loadBefore = loadavg()[0];
  const result = await runPass(baseUrl, kinds, options.seconds);
  // Other people's processes share this machine: its load says how far to trust the figures.
  const load = `machine load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
  const warmUpNote = warmUpErrors ? ` with ${warmUpErrors} errors` : '';
  console.log(
    `\n${title} (${options.seconds} s after a ${options.warmUpSeconds} s warm-up${warmUpNote}; ${load})`,
  );
  console.log(passTable(result));
  for (const line of [...errorExamples(warmUp), ...errorExamples(result)]) console.log(`  ! ${line}`);
  return result;
}

function summarise(
  passes: KindResult[][],
  appCaseList: KindResult[],
  mixed: KindResult[],
  baseline: KindResult[],
  smokeFailures: number,
): number {
  const base = totalsOf(baseline).perSecond;
  const likeForLike = totalsOf(appCaseList).perSecond / base;
  const mixedFirstPages = mixed.filter((k) => k.name === 'case list, page 1');
  const errors = smokeFailures + passes.reduce((sum, pass) => sum + errorCount(pass), 0);
  console.log('\nSummary');
  console.log(
    `  app case list only / baseline: ${totalsOf(appCaseList).perSecond.toFixed(1)} / ${base.toFixed(1)} req/s = ${(
      likeForLike * 100
    ).toFixed(0)}%  (goal ≥ ${THROUGHPUT_GOAL * 100}%: ${likeForLike >= THROUGHPUT_GOAL ? 'met' : 'MISSED'})`,
  );
  console.log(
    `  case list page 1 inside the mixed workload: ${totalsOf(mixedFirstPages).perSecond.toFixed(1)} req/s on ${
      mixedFirstPages[0]?.connections ?? 0
    } of the connections (for reference; not comparable to the baseline)`,
  );
  console.log(
    `  errors (non-2xx + socket errors) in the smoke check and the measured passes: ${errors} (goal 0: ${errors === 0 ? 'met' : 'MISSED'})`,
  );
  return errors === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
