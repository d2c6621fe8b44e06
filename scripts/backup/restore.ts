import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { loadDatabaseSettings } from '../../libs/api/core/src/lib/config/app-config';
import { openAppDatabase } from './app-database';
import { runTool, serverMajorVersion, toolForServer } from './postgres-client-tools';
import { runMain, ScriptError } from './script-error';

interface Contents {
  tables: number;
  rows: number;
}

/**
 * `npm run restore -- FILE [--clean]`: pg_restore of a `npm run backup` file into the app's
 * database (DATABASE_URL, created if missing, or the embedded one in DATA_DIR). A database that
 * already has tables is left alone unless --clean is given, which drops the backup's objects
 * first. Everything happens in one transaction: a failed restore changes nothing.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const clean = args.includes('--clean');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new ScriptError('Usage: npm run restore -- FILE [--clean]');
  if (!existsSync(file)) throw new ScriptError(`No such backup file: ${file}`);
  const database = await openAppDatabase(loadDatabaseSettings(process.env), true);
  try {
    const before = await contents(database.url);
    if (before.tables > 0 && !clean) {
      throw new ScriptError(
        `Not restoring: ${database.label} already has ${before.tables} tables (${before.rows} rows);` +
          ' add --clean to replace them with the backup',
      );
    }
    const serverMajor = await serverMajorVersion(database.url);
    const pgRestore = await toolForServer('pg_restore', serverMajor, database.label);
    const started = Date.now();
    const options = ['--single-transaction', '--no-owner', ...(clean ? ['--clean', '--if-exists'] : [])];
    await runTool(pgRestore, [...options, file], database.url);
    const after = await contents(database.url);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const replaced = before.tables > 0 ? `, replacing its ${before.tables} tables (${before.rows} rows)` : '';
    console.log(
      `Restored ${file} into ${database.label}${replaced}: ${after.tables} tables, ${after.rows} rows, in ${seconds} s`,
    );
  } finally {
    await database.close();
  }
}

/** Tables outside PostgreSQL's own schemas, and their rows counted exactly. */
async function contents(url: string): Promise<Contents> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
       WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    let rows = 0;
    for (const table of tables) {
      const { rows: counted } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table.name}`);
      rows += Number(counted[0].n);
    }
    return { tables: tables.length, rows };
  } finally {
    await client.end();
  }
}

runMain(main);
