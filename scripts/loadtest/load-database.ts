import { Client } from 'pg';
import { type EncryptionKeys, FieldKeyring } from '@worker-aid/api/core';
import { hashPassword } from '@worker-aid/api/users';
import { type BenchServer, openScratchServer, recreateDatabase } from '../bench/bench-database';
import { seed } from '../bench/seed';
import { BENCH_PASSWORD, type SeedShape } from '../bench/seed-shape';
import { ADDED_USERS } from './load-users';

export const LOAD_DATABASE = 'wa_load';

/** DATABASE_URL's server, or an embedded PostgreSQL with its data in `.data/loadtest`; `wa_load` on it. */
export function openLoadDatabase(databaseUrl: string | undefined): Promise<BenchServer> {
  return openScratchServer(databaseUrl, '.data/loadtest', LOAD_DATABASE);
}

/**
 * Drops and creates `wa_load` (only that database), runs the app's migrations, fills it with the
 * bench's set-based seed in `shape`, then adds the load test's caseworkers and finance officer.
 */
export async function recreateAndSeed(
  database: BenchServer,
  shape: SeedShape,
  keys: EncryptionKeys,
): Promise<void> {
  await recreateDatabase(database);
  await seed(database.url, new FieldKeyring(keys), shape);
  await addUsers(database.url);
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
