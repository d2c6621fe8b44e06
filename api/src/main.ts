import { ConfigError, loadConfig } from '@worker-aid/api/core';
import { printDemoLogins, RunningServer, startServer } from './server';

/** `node dist/api/main.js` serves production; `--demo` is `npm start`'s demo on an embedded database. */
async function main(): Promise<void> {
  const mode = process.argv.includes('--demo') ? 'demo' : 'production';
  const config = loadConfig(process.env, mode);
  const server = await startServer(config);
  if (server.demoLogins) printDemoLogins(server.demoLogins, server.url);
  else process.stdout.write(`Worker Aid is running at ${server.url}\n`);
  stopOnSignals(server);
}

function stopOnSignals(server: RunningServer): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: stopping the server and the database\n`);
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
