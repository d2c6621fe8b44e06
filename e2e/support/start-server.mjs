// Starts the production build for the browser tests on a fresh database: a new database on
// the server of DATABASE_URL (dropped afterwards), or else an embedded PostgreSQL in a
// temporary folder. Stops everything on SIGTERM/SIGINT.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const PORT = '3300';
const ADMIN_PASSWORD = 'e2e-admin-password';

const env = {
  ...process.env,
  PORT,
  ADMIN_PASSWORD,
  JWT_SECRET: randomBytes(32).toString('hex'),
  // A fresh database each run, so fresh keys for its sensitive fields.
  DATA_ENCRYPTION_KEYS: `e2e-1:${randomBytes(32).toString('base64')}`,
  DATA_INDEX_KEY: randomBytes(32).toString('base64'),
  WEB_ROOT: 'dist/web/browser',
};
let cleanUp = async () => undefined;

if (process.env.DATABASE_URL) {
  const database = `wa_e2e_${randomBytes(4).toString('hex')}`;
  const admin = new URL(process.env.DATABASE_URL);
  admin.pathname = '/postgres';
  await query(admin, `CREATE DATABASE ${database}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${database}`;
  env.DATABASE_URL = url.toString();
  cleanUp = () => query(admin, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
} else {
  const dataDir = mkdtempSync(join(tmpdir(), 'worker-aid-e2e-'));
  env.DATA_DIR = dataDir;
  cleanUp = async () => rmSync(dataDir, { recursive: true, force: true });
}

const server = spawn(process.execPath, ['dist/api/main.js'], { env, stdio: 'inherit' });
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
};
server.on('exit', async (code) => {
  await cleanUp().catch(() => undefined);
  process.exit(stopping ? 0 : (code ?? 1));
});
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

async function query(url, sql) {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
