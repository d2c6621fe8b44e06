import { Client } from 'pg';
import type { FieldKeyring } from '@worker-aid/api/core';
import { hashPassword } from '@worker-aid/api/users';
import { DisbursementRollupService } from '@worker-aid/api/funds';
import { benchDataSource, markSeeded } from './bench-database';
import { dropIndexes, restoreIndexes } from './bulk-load-indexes';
import { SEED_CHECKS } from './seed-checks.sql';
import { seedFunctions } from './seed-functions.sql';
import {
  casesSql,
  COUNTERS_SQL,
  FUND_ALLOCATIONS_SQL,
  FUND_TOTALS_SQL,
  FUNDS_SQL,
  PAYMENTS_SQL,
  REVERSALS_SQL,
  unitsSql,
  workersSql,
} from './seed-rows.sql';
import { BENCH_PASSWORD, BENCH_USERS, SHAPE, type SeedShape } from './seed-shape';
import { CAMPAIGNS_SQL, OPEN_CAMPAIGNS_SQL } from './seed-campaigns.sql';
import { FILE_COUNTERS_SQL, filesSql, FOLLOW_UPS_SQL } from './seed-files.sql';
import { encryptedMemberNames, insertImports, insertPolicy } from './seed-inbox';
import { encryptedDetailPools, insertEncryptedWorkers } from './seed-workers';
import { StepTimer } from './step-timer';

const BULK_TABLES = ['worker', 'aid_case', 'disbursement'];

/**
 * Fills a freshly migrated `wa_bench` and the report roll-up, printing each step's time; sensitive
 * fields are encrypted with `keyring`, which the server must then use too. A smaller `shape`
 * fills another database (the load test's) the same way; only the default marks `wa_bench` seeded.
 */
export async function seed(url: string, keyring: FieldKeyring, shape: SeedShape = SHAPE): Promise<StepTimer> {
  const timer = new StepTimer();
  // A second connection builds indexes side by side with the first.
  const clients = [new Client({ connectionString: url }), new Client({ connectionString: url })];
  const [client] = clients;
  for (const c of clients) {
    await c.connect();
    await c.query(`SET synchronous_commit = off; SET work_mem = '1GB'; SET maintenance_work_mem = '2GB'`);
  }
  try {
    await client.query(seedFunctions(shape.cases));
    const adminId = await uuidOf(client, `user-${BENCH_USERS.admin.username}`);
    const sql = (text: string) => client.query(text, [adminId]);

    await timer.run('units and funds', async () => {
      for (const statement of unitsSql(shape)) await client.query(statement);
      await client.query(FUNDS_SQL);
    });
    await timer.run('users (argon2id hash)', () => insertUsers(client));
    const saved = await timer.run('drop indexes and keys of worker, aid_case, disbursement', () =>
      dropIndexes(client, BULK_TABLES),
    );
    await timer.run('workers (encrypted in batches)', async () => {
      await client.query(workersSql(shape));
      await insertEncryptedWorkers(client, keyring, adminId);
    });
    await timer.run('cases', () =>
      client.query(casesSql(shape), [adminId, ...encryptedDetailPools(keyring)]),
    );
    await timer.run('disbursements: payments', () => sql(PAYMENTS_SQL));
    await timer.run('disbursements: reversals', () => sql(REVERSALS_SQL));
    await timer.run('campaigns paid into the ledger', async () => {
      for (const statement of CAMPAIGNS_SQL)
        await (statement.includes('$1') ? sql(statement) : client.query(statement));
    });
    await timer.run('rebuild indexes and keys', () => restoreIndexes(clients, saved));
    await timer.run('fund allocations and totals, case-number counters', async () => {
      await sql(FUND_ALLOCATIONS_SQL);
      await client.query(FUND_TOTALS_SQL);
      for (const statement of COUNTERS_SQL) await client.query(statement);
    });
    await timer.run('approval policy, hardship files and follow-ups, worker imports', async () => {
      await insertPolicy(client, adminId);
      await client.query(filesSql(shape), [adminId, encryptedMemberNames(keyring)]);
      await sql(FOLLOW_UPS_SQL);
      await client.query(FILE_COUNTERS_SQL);
      await insertImports(client, keyring, adminId, shape.grassrootsUnits);
    });
    await timer.run('open campaigns: submitted, to pay, notice ending', async () => {
      for (const statement of OPEN_CAMPAIGNS_SQL)
        await (statement.includes('$1') ? sql(statement) : client.query(statement));
    });
    await timer.run('ANALYZE', () => client.query('ANALYZE'));
    // As autovacuum leaves a table some time after a bulk load: with the visibility map set, the
    // inbox's counts read their partial indexes alone (index-only scans).
    await timer.run('VACUUM what the inbox counts', () =>
      client.query('VACUUM aid_case, hardship_file, file_follow_up, worker_import, campaign, campaign_line'),
    );
    await timer.run('consistency checks', () => checkSeed(client));
    await timer.run('roll-up: DisbursementRollupService.rebuild', () => rebuildRollup(url));
    await timer.run('ANALYZE roll-up', () => client.query('ANALYZE disbursement_rollup'));
    if (shape === SHAPE) await markSeeded(client);
    return timer;
  } finally {
    for (const c of clients) await c.end();
  }
}

async function checkSeed(client: Client): Promise<void> {
  const broken: string[] = [];
  for (const [rule, sql] of Object.entries(SEED_CHECKS)) {
    const { rows } = await client.query<{ count: string }>(sql);
    if (rows[0].count !== '0') broken.push(`${rule}: ${rows[0].count} rows break it`);
  }
  if (broken.length > 0) throw new Error(`the seeded data is inconsistent:\n  ${broken.join('\n  ')}`);
}

async function uuidOf(client: Client, name: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>('SELECT pg_temp.bench_uuid($1) AS id', [name]);
  return rows[0].id;
}

async function insertUsers(client: Client): Promise<void> {
  const users = Object.values(BENCH_USERS);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await client.query(
    `INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
     SELECT pg_temp.bench_uuid('user-' || u.username), u.username, '压测 ' || u.username, $4, u.role,
            pg_temp.bench_uuid(u.unit)
     FROM unnest($1::text[], $2::text[], $3::text[]) AS u(username, role, unit)
     -- A smaller federation (the load test's) may not have every user's unit.
     WHERE EXISTS (SELECT 1 FROM unit WHERE id = pg_temp.bench_uuid(u.unit))`,
    [users.map((u) => u.username), users.map((u) => u.role), users.map((u) => u.unit), passwordHash],
  );
}

async function rebuildRollup(url: string): Promise<void> {
  const dataSource = await benchDataSource(url).initialize();
  try {
    await dataSource.transaction((manager) => new DisbursementRollupService().rebuild(manager));
  } finally {
    await dataSource.destroy();
  }
}
