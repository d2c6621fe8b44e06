import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '../../..');

/** Runs `npm run backup` / `npm run restore`'s script as a user would, on the given DATABASE_URL. */
export function backupScript(name: 'backup' | 'restore', databaseUrl: string, args: string[]) {
  const result = spawnSync(process.execPath, [`scripts/backup/${name}.cjs`, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

/**
 * Whether a pg_dump on this machine can read the test server (the embedded one is PostgreSQL 18,
 * newer than Debian's tools); when not, the reason, for the suites to say why they skip.
 */
function dumpCheck(): { ok: boolean; reason: string } {
  const check = backupScript('backup', process.env['WA_TEST_SERVER_URL'] ?? '', ['--check']);
  return { ok: check.status === 0, reason: check.output };
}

/**
 * Whether the tests that need pg_dump run: where it can read the test server, and always in CI,
 * where a missing or too old pg_dump must fail the run rather than skip it. Says why it skips.
 */
export function runsDumpTests(suite: string): boolean {
  const check = dumpCheck();
  if (check.ok || process.env['CI']) return true;
  console.warn(`${suite} skipped: ${check.reason}`);
  return false;
}
