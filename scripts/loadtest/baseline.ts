import { DEFAULT_DATABASE_POOL_SIZE } from '@worker-aid/api/core';
import { ChildServer } from './child-server';
import { childEnv } from './child-env';
import type { CapturedQuery } from '../bench/bench-app';

/** The app's pool size (the production server runs with the default), so both sides get as many connections. */
export const APP_POOL_SIZE = DEFAULT_DATABASE_POOL_SIZE;

/** Starts baseline-server.ts in its own process, serving `query` at `/cases`. */
export function startBaseline(databaseUrl: string, port: number, query: CapturedQuery): Promise<ChildServer> {
  return ChildServer.start({
    name: 'baseline',
    args: ['scripts/loadtest/baseline-server.cjs'],
    env: childEnv({
      BASELINE_DATABASE_URL: databaseUrl,
      BASELINE_PORT: String(port),
      BASELINE_SQL: query.sql,
      BASELINE_PARAMETERS: JSON.stringify(query.parameters),
      BASELINE_POOL_SIZE: String(APP_POOL_SIZE),
      NODE_ENV: 'production',
    }),
    readyUrl: `http://127.0.0.1:${port}/health`,
  });
}
