import { resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  dropDatabase,
  ensureDatabase,
  startEmbeddedPostgres,
  withDatabase,
  type EmbeddedDatabase,
} from '@worker-aid/api/core';
import { dataSourceOptions } from '../../api/src/database/data-source-options';

export const BENCH_DATABASE = 'wa_bench';
/** Set on the database once seeding finished, so `--keep` can trust what it finds. */
const SEEDED_MARK = 'worker-aid bench seed v2 (encrypted fields): complete';

export interface BenchServer {
  /** URL of the server's `postgres` database. */
  serverUrl: string;
  /** URL of `wa_bench`. */
  url: string;
  embedded: EmbeddedDatabase | null;
}

/** DATABASE_URL's server, or an embedded PostgreSQL with its data in `.data/bench`. */
export async function openBenchServer(databaseUrl: string | undefined): Promise<BenchServer> {
  let embedded: EmbeddedDatabase | null = null;
  let serverUrl = databaseUrl;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(resolve('.data/bench'), { persistent: true });
    serverUrl = embedded.url;
  }
  return { serverUrl, url: withDatabase(serverUrl, BENCH_DATABASE), embedded };
}

/** Whether `wa_bench` exists and carries the mark of a finished seed. */
export async function isSeeded(server: BenchServer): Promise<boolean> {
  const client = new Client({ connectionString: withDatabase(server.serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rows } = await client.query<{ mark: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = $1`,
      [BENCH_DATABASE],
    );
    return rows[0]?.mark === SEEDED_MARK;
  } finally {
    await client.end();
  }
}

export async function markSeeded(client: Client): Promise<void> {
  await client.query(`COMMENT ON DATABASE ${BENCH_DATABASE} IS '${SEEDED_MARK}'`);
}

/** Drops and creates `wa_bench` (only that database), then runs the app's migrations on it. */
export async function recreateBenchDatabase(server: BenchServer): Promise<void> {
  await dropDatabase(server.serverUrl, BENCH_DATABASE);
  await ensureDatabase(server.serverUrl, BENCH_DATABASE);
  await runMigrations(server.url);
}

/** The app's own data source options, so the MIGRATIONS list is the one the app runs. */
export function benchDataSource(url: string): DataSource {
  return new DataSource({
    ...dataSourceOptions(url),
    extra: { max: 4, application_name: 'worker-aid-bench' },
  });
}

async function runMigrations(url: string): Promise<void> {
  const dataSource = await benchDataSource(url).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
