import type { Server } from 'node:http';
import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppConfig, demoEncryptionKeys, FieldKeyring, installFieldKeyring } from '@worker-aid/api/core';
import { AppModule } from './app/app.module';
import { dataSourceOptions } from './database/data-source-options';
import { openDatabase } from './database/open-database';
import { configureApp, createHttpAdapter } from './app/configure-app';
import { FirstRunService } from './app/first-run.service';
import { seedDemoCases } from './demo/demo-cases';
import { seedDemoFiles } from './demo/demo-files';
import { seedDemoStandards } from './demo/demo-standards';
import { seedDemoDocuments } from './demo/demo-documents';
import { seedDemoImports } from './demo/demo-imports';
import { seedDemoApprovals } from './demo/demo-approvals';
import { seedDemoCampaigns } from './demo/demo-campaigns';
import { seedDemoHistory } from './demo/history/seed-history';
import { DemoLogins, demoPassword, seedDemo } from './demo/demo-seeder';

export interface RunningServer {
  app: NestFastifyApplication;
  url: string;
  demoLogins: DemoLogins | null;
  /**
   * Stops taking connections, lets requests in flight finish (for up to the configured grace
   * period), then closes the database pool and the embedded server, if one was started.
   */
  stop(): Promise<void>;
}

/**
 * Starts the whole product: the database (DATABASE_URL, or an embedded PostgreSQL with its data
 * in DATA_DIR), pending migrations, the root unit and admin on an empty database, demo data in
 * demo mode, then the API under /api and the web app at /.
 */
export async function startServer(config: AppConfig): Promise<RunningServer> {
  // Before anything reads or writes a sensitive field, migrations included.
  installFieldKeyring(new FieldKeyring(config.encryption ?? demoEncryptionKeys(config.dataDir)));
  const database = await openDatabase(config);
  try {
    await runMigrations(database.url);
    // Start-up chatter stays out of the console; what people need is printed by main.ts.
    const logger: LogLevel[] = config.mode === 'test' ? ['fatal', 'error'] : ['fatal', 'error', 'warn'];
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRoot(config, database.url),
      createHttpAdapter(),
      // configureApp installs the JSON parser.
      { logger, bodyParser: false },
    );
    await configureApp(app, { webRoot: config.webRoot, apiDocs: config.apiDocs });
    await app.init();

    const demo = config.mode === 'demo';
    const password = demo ? (config.adminPassword ?? demoPassword(config.dataDir)) : config.adminPassword;
    await app.get(FirstRunService).ensureRootAndAdmin(password);
    const demoLogins = demo && password ? await seedDemo(app.get(DataSource), password) : null;
    if (demoLogins) {
      await seedDemoHistory(app.get(DataSource));
      await seedDemoCases(app);
      await seedDemoStandards(app);
      await seedDemoFiles(app);
      await seedDemoDocuments(app);
      await seedDemoImports(app);
      await seedDemoApprovals(app);
      await seedDemoCampaigns(app);
    }

    if (config.mode === 'test') await app.listen(config.port, '127.0.0.1');
    else await app.listen(config.port, '0.0.0.0');
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      app,
      url: `http://localhost:${port}`,
      demoLogins,
      stop: async () => {
        await drainHttpServer(app.getHttpServer() as Server, config.shutdownGraceSeconds * 1000);
        // Runs the shutdown hooks, which close TypeORM's pool.
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Closes the listening socket at once, so new connections are refused; idle keep-alive
 * connections are closed as soon as their request is answered; after `graceMs` whatever is
 * still open is cut off.
 */
async function drainHttpServer(server: Server, graceMs: number): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolveClosed) => server.close(() => resolveClosed()));
  // server.close() drops idle keep-alive sockets once; a socket whose request is still running
  // becomes idle when it is answered, so keep dropping them until the last one has gone.
  const sweeper = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'late'>((resolveLate) => {
    timer = setTimeout(() => resolveLate('late'), graceMs);
  });
  try {
    if ((await Promise.race([closed, graceOver])) === 'late') {
      process.stderr.write(`Requests still running after ${graceMs / 1000} s: closing their connections\n`);
      server.closeAllConnections();
      await closed;
    }
  } finally {
    clearInterval(sweeper);
    clearTimeout(timer);
  }
}

/** Pending migrations, on a connection of their own: a long data migration must not time out. */
async function runMigrations(url: string): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

export function printDemoLogins(logins: DemoLogins, url: string): void {
  const lines = [
    '',
    `Worker Aid (困难职工帮扶系统) demo is running at ${url}`,
    `Demo logins — every account's password: ${logins.password}`,
    ...logins.users.map(
      (u) => `  ${u.username.padEnd(12)} ${u.role.padEnd(11)} ${u.displayName}  (${u.unit})`,
    ),
    'Press Ctrl-C to stop the server and its database.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}
