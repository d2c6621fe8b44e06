import { DataSource } from 'typeorm';
import { type EncryptionKeys, loadConfig } from '@worker-aid/api/core';
import { startServer, type RunningServer } from '../../api/src/server';
import { ApiClient } from './api-client';

export interface CapturedQuery {
  sql: string;
  parameters: unknown[];
}

/** Whether a captured statement is the case list's (libs/api/cases/src/lib/case-list.query.ts). */
export const isCaseListQuery = (query: CapturedQuery): boolean =>
  query.sql.includes('FROM aid_case') && query.sql.includes('ORDER BY');

/** The real app, in this process, on `wa_bench`; requests go through HTTP like any client's. */
export class BenchApp {
  private constructor(
    private readonly server: RunningServer,
    readonly baseUrl: string,
  ) {}

  /** `keys`: those the database was seeded with. */
  static async start(databaseUrl: string, keys: EncryptionKeys): Promise<BenchApp> {
    // Test mode: listens on 127.0.0.1 only and logs errors only; tokens outlive the whole run.
    const config = loadConfig(
      { DATABASE_URL: databaseUrl, PORT: '0', WEB_ROOT: '', JWT_TTL_SECONDS: '86400' },
      'test',
    );
    const server = await startServer({ ...config, encryption: keys });
    const port = new URL(server.url).port;
    return new BenchApp(server, `http://127.0.0.1:${port}`);
  }

  login(username: string): Promise<string> {
    return new ApiClient(this.baseUrl).login(username);
  }

  /** GET as the token's user; the body as text, so timing ends when the answer has arrived. */
  async get(path: string, token: string): Promise<string> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status} ${body}`);
    return body;
  }

  /** Every SQL statement (with parameters) the app sends while `work` runs, from TypeORM's logger hook. */
  async captureQueries(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
    const logger = this.server.app.get(DataSource).logger;
    const original = logger.logQuery.bind(logger);
    const captured: CapturedQuery[] = [];
    logger.logQuery = (sql, parameters, queryRunner) => {
      captured.push({ sql, parameters: Array.isArray(parameters) ? parameters : [] });
      return original(sql, parameters, queryRunner);
    };
    try {
      await work();
    } finally {
      logger.logQuery = original;
    }
    return captured;
  }

  /** A statement through the app's own DataSource (its pool and driver), without HTTP. */
  query(sql: string, parameters: unknown[]): Promise<unknown> {
    return this.server.app.get(DataSource).query(sql, parameters);
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}
