import { randomBytes } from 'node:crypto';
import { type EncryptionKeys, encryptionKeysEnv } from '@worker-aid/api/core';
import { BENCH_PASSWORD } from '../bench/seed-shape';
import { buildIfStale, SERVER_BUNDLE } from './build-if-stale';
import { ChildServer } from './child-server';
import { childEnv } from './child-env';

/**
 * The production server, `node dist/api/main.js`, on `wa_load`, with the environment
 * e2e/support/start-server.mjs gives it; API only (no WEB_ROOT), tokens that outlast the run.
 */
export async function startProductionServer(
  databaseUrl: string,
  port: number,
  keys: EncryptionKeys,
): Promise<ChildServer> {
  buildIfStale();
  return ChildServer.start({
    name: 'app',
    args: [SERVER_BUNDLE],
    env: childEnv({
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      JWT_SECRET: randomBytes(32).toString('hex'),
      JWT_TTL_SECONDS: '3600',
      // The seeded database already has its admin; the server only insists on a password for an empty one.
      ADMIN_PASSWORD: BENCH_PASSWORD,
      WEB_ROOT: '',
      NODE_ENV: 'production',
      ...encryptionKeysEnv(keys),
    }),
    readyUrl: `http://127.0.0.1:${port}/api/health`,
  });
}

export const productionServerUrl = (port: number): string => `http://127.0.0.1:${port}`;
