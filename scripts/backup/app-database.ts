import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSettings } from '../../libs/api/core/src/lib/config/app-config';
import { ensureDatabase, withDatabase } from '../../libs/api/core/src/lib/database/database-admin';
import { startEmbeddedPostgres } from '../../libs/api/core/src/lib/database/embedded-postgres';
import { ScriptError } from './script-error';

/** The app's database, reachable for the duration of a backup or restore. */
export interface AppDatabase {
  url: string;
  /** For messages: `database "aid" on db.example:5432` or `the embedded database in .data`. */
  label: string;
  close(): Promise<void>;
}

// As api/src/server.ts and libs/api/core's embedded-postgres.ts name them.
const EMBEDDED_DATABASE = 'worker_aid';
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'worker-aid-embedded';

/**
 * DATABASE_URL's database; otherwise the embedded one in DATA_DIR — the running server's, or
 * started here for the job and stopped afterwards. `create` makes a missing database (restore).
 */
export async function openAppDatabase(settings: DatabaseSettings, create: boolean): Promise<AppDatabase> {
  if (settings.databaseUrl) {
    const url = new URL(settings.databaseUrl);
    if (create) await ensureDatabase(url.toString(), decodeURIComponent(url.pathname.slice(1)));
    return { url: url.toString(), label: describeUrl(url), close: async () => undefined };
  }
  const databaseDir = join(settings.dataDir, 'postgres');
  const label = `the embedded database in ${settings.dataDir}`;
  const missing = `no embedded database in ${settings.dataDir}`;
  if (!create && !existsSync(join(databaseDir, 'PG_VERSION'))) {
    throw new ScriptError(`No database to back up: DATABASE_URL is not set and there is ${missing}`);
  }
  const runningPort = portOfRunningServer(databaseDir);
  if (runningPort !== null) {
    const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${runningPort}/postgres`;
    if (create) await ensureDatabase(url, EMBEDDED_DATABASE);
    return { url: withDatabase(url, EMBEDDED_DATABASE), label, close: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(settings.dataDir, { persistent: true });
  try {
    await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { url: withDatabase(embedded.url, EMBEDDED_DATABASE), label, close: () => embedded.stop() };
}

export function describeUrl(url: URL): string {
  return `database "${decodeURIComponent(url.pathname.slice(1))}" on ${url.hostname}:${url.port || '5432'}`;
}

/** The port of the PostgreSQL server running on `databaseDir` (e.g. under `npm start`), if one is. */
function portOfRunningServer(databaseDir: string): number | null {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: the server's pid on line 1, its port on line 4.
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}
