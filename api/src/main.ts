import { ConfigError, loadConfig } from '@worker-aid/api/core';
import { runKeyRotation } from './maintenance/run-key-rotation';
import { printDemoLogins, RunningServer, startServer } from './server';

/**
 * `node dist/api/main.js` serves production; `--demo` is `npm start`'s demo on an embedded
 * database; `--rotate-keys` re-encrypts sensitive fields under the current key and exits.
 */
async function main(): Promise<void> {
  const mode = process.argv.includes('--demo') ? 'demo' : 'production';
  const config = loadConfig(process.env, mode);
  if (process.argv.includes('--rotate-keys')) {
    await runKeyRotation(config);
    return;
  }
  const server = await startServer(config);
  if (server.demoLogins) printDemoLogins(server.demoLogins, server.url);
  else process.stdout.write(`Worker Aid is running at ${server.url}\n`);
  stopOnSignals(server, config.shutdownGraceSeconds);
}

/**
 * SIGTERM or Ctrl-C: refuse new connections, let requests in flight finish (up to
 * SHUTDOWN_GRACE_SECONDS), close the database, exit 0. A second signal exits at once.
 * (main.ts owns the signals, so Nest's enableShutdownHooks is not used: it would race this.)
 */
function stopOnSignals(server: RunningServer, graceSeconds: number): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      process.stdout.write(`${signal} again: exiting without waiting\n`);
      process.exit(1);
    }
    stopping = true;
    process.stdout.write(
      `${signal}: finishing requests in flight, then stopping the server and the database\n`,
    );
    // Should closing the database hang, do not hang with it.
    setTimeout(
      () => {
        console.error('Stopping took too long: exiting');
        process.exit(1);
      },
      (graceSeconds + 15) * 1000,
    ).unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // A configuration problem is one clear line, never a stack trace.
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Start-up failed:', error instanceof Error ? error.message : String(error));
  process.exit(1);
});
