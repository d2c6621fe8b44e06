import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from './child-env';

export const SERVER_BUNDLE = 'dist/api/main.js';
/** What the API bundle is built from. */
const SOURCES = [
  'api/src',
  'libs/api',
  'libs/shared',
  'api/project.json',
  'api/webpack.config.js',
  'package.json',
];

/** Runs `npx nx build api` when dist/api/main.js is missing or older than any of its sources. */
export function buildIfStale(): void {
  const built = existsSync(SERVER_BUNDLE) ? statSync(SERVER_BUNDLE).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map(newestModification));
  if (built >= newest) {
    console.log(`${SERVER_BUNDLE} is up to date`);
    return;
  }
  console.log(
    `${built === 0 ? `${SERVER_BUNDLE} is missing` : 'sources changed since the last build'}: npx nx build api`,
  );
  const result = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], {
    stdio: 'inherit',
    env: childEnv(),
  });
  if (result.status !== 0) throw new Error(`npx nx build api failed (exit ${result.status})`);
}

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestModification(join(path, entry)));
  }
  return newest;
}
