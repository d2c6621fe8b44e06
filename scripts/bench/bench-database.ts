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
const SEEDED_MARK =
  'worker-aid bench seed v4 (approval by level, notice, files, imports, open campaigns): complete';

/** A database of its own for the bench or the load test, on a server it may have started. */
export interface BenchServer {
  /** URL of the server's `postgres` database. */
  serverUrl: string;
  /** The database's name, and its URL. */
  database: string;
  url: string;
  /** The embedded server when DATABASE_URL was not given, to stop at the end. */
  embedded: EmbeddedDatabase | null;
}

/** DATABASE_URL's server, or an embedded PostgreSQL with its data in `folder`; `database` on it. */
export async function openScratchServer(
  databaseUrl: string | undefined,
  folder: string,
  database: string,
): Promise<BenchServer> {
  let embedded: EmbeddedDatabase | null = null;
  let serverUrl = databaseUrl;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(resolve(folder), { persistent: true });
    serverUrl = embedded.url;
  }
  return { serverUrl, database, url: withDatabase(serverUrl, database), embedded };
}

/** DATABASE_URL's server, or an embedded PostgreSQL with its data in `.data/bench`; `wa_bench` on it. */
export function openBenchServer(databaseUrl: string | undefined): Promise<BenchServer> {
  return openScratchServer(databaseUrl, '.data/bench', BENCH_DATABASE);
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

/** Drops and creates the server's database (only that one), then runs the app's migrations on it. */
export async function recreateDatabase(server: BenchServer): Promise<void> {
  await dropDatabase(server.serverUrl, server.database);
  await ensureDatabase(server.serverUrl, server.database);
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
