import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadDatabaseSettings } from '../../libs/api/core/src/lib/config/app-config';
import { openAppDatabase } from './app-database';
import { runTool, serverMajorVersion, toolForServer } from './postgres-client-tools';
import { runMain } from './script-error';

/**
 * `npm run backup [-- FILE]`: pg_dump --format=custom of the app's database (DATABASE_URL, or
 * the embedded one in DATA_DIR) to FILE, by default backups/worker-aid-<UTC timestamp>.dump.
 * `npm run backup -- --check` only says whether this machine's pg_dump can back it up.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const file = args.find((a) => !a.startsWith('--')) ?? defaultFile(new Date());
  const database = await openAppDatabase(loadDatabaseSettings(process.env), false);
  try {
    const serverMajor = await serverMajorVersion(database.url);
    const pgDump = await toolForServer('pg_dump', serverMajor, database.label);
    if (check) {
      console.log(`pg_dump ${pgDump.major} can back up PostgreSQL ${serverMajor} (${database.label})`);
      return;
    }
    mkdirSync(dirname(file), { recursive: true });
    const started = Date.now();
    // The job queue's schema is left out: it holds work in flight, not records. pg-boss makes it
    // again when the restored server starts, and busy imports are started again by their recovery.
    await runTool(pgDump, ['--format=custom', '--exclude-schema=pgboss', `--file=${file}`], database.url);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Backed up ${database.label} (PostgreSQL ${serverMajor}) to ${file}` +
        ` (${size(statSync(file).size)}) in ${seconds} s`,
    );
  } finally {
    await database.close();
  }
}

function defaultFile(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `backups/worker-aid-${stamp}.dump`;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

runMain(main);
