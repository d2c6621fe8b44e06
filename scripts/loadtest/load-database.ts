import { resolve } from 'node:path';
import { Client } from 'pg';
import {
  type EncryptionKeys,
  FieldKeyring,
  dropDatabase,
  ensureDatabase,
  startEmbeddedPostgres,
  withDatabase,
  type EmbeddedDatabase,
} from '@worker-aid/api/core';
import { hashPassword } from '@worker-aid/api/users';
import { benchDataSource } from '../bench/bench-database';
import { seed } from '../bench/seed';
import { BENCH_PASSWORD, type SeedShape } from '../bench/seed-shape';
import { ADDED_USERS } from './load-users';

export const LOAD_DATABASE = 'wa_load';

export interface LoadDatabase {
  /** URL of `wa_load`. */
  url: string;
  /** The embedded server when DATABASE_URL was not given, to stop at the end. */
  embedded: EmbeddedDatabase | null;
}

/** DATABASE_URL's server, or an embedded PostgreSQL with its data in `.data/loadtest`. */
export async function openLoadDatabase(
  databaseUrl: string | undefined,
): Promise<LoadDatabase & { serverUrl: string }> {
  let embedded: EmbeddedDatabase | null = null;
  let serverUrl = databaseUrl;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(resolve('.data/loadtest'), { persistent: true });
    serverUrl = embedded.url;
  }
  return { serverUrl, url: withDatabase(serverUrl, LOAD_DATABASE), embedded };
}

/**
 * Drops and creates `wa_load` (only that database), runs the app's migrations, fills it with the
 * bench's set-based seed in `shape`, then adds the load test's caseworkers and finance officer.
 */
export async function recreateAndSeed(
  serverUrl: string,
  url: string,
  shape: SeedShape,
  keys: EncryptionKeys,
): Promise<void> {
  await dropDatabase(serverUrl, LOAD_DATABASE);
  await ensureDatabase(serverUrl, LOAD_DATABASE);
  const dataSource = await benchDataSource(url).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  await seed(url, new FieldKeyring(keys), shape);
  await addUsers(url);
}

/** The added users share the bench users' password, so one login helper serves all. */
async function addUsers(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
       SELECT gen_random_uuid(), u.username, '压测 ' || u.username, $4, u.role, unit.id
       FROM unnest($1::text[], $2::text[], $3::text[]) AS u(username, role, code)
       JOIN unit ON unit.code = u.code`,
      [
        ADDED_USERS.map((u) => u.username),
        ADDED_USERS.map((u) => u.role),
        ADDED_USERS.map((u) => u.unitCode),
        await hashPassword(BENCH_PASSWORD),
      ],
    );
    if (rowCount !== ADDED_USERS.length)
      throw new Error(`added ${rowCount} of ${ADDED_USERS.length} load-test users`);
  } finally {
    await client.end();
  }
}
