import { randomBytes } from 'node:crypto';
import { Client, QueryResultRow } from 'pg';

/**
 * A fresh, empty database on the test server (WA_TEST_SERVER_URL), dropped by `drop()`.
 * Plain `pg`, so process-level suites need not compile the Nest app.
 */
export class TestDatabase {
  private constructor(
    private readonly serverUrl: string,
    readonly name: string,
  ) {}

  static async create(prefix = 'wa_test'): Promise<TestDatabase> {
    const serverUrl = process.env['WA_TEST_SERVER_URL'];
    if (!serverUrl) throw new Error('WA_TEST_SERVER_URL is set by the global setup');
    const database = new TestDatabase(serverUrl, `${prefix}_${randomBytes(6).toString('hex')}`);
    await database.onServer(`CREATE DATABASE "${database.name}"`);
    return database;
  }

  get url(): string {
    return this.urlOf(this.name);
  }

  async query<T extends QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = await this.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  /** A connection of the test's own, e.g. to hold a row lock; the caller ends it. */
  async connect(): Promise<Client> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    return client;
  }

  drop(): Promise<void> {
    return this.onServer(`DROP DATABASE IF EXISTS "${this.name}" WITH (FORCE)`);
  }

  private urlOf(database: string): string {
    const url = new URL(this.serverUrl);
    url.pathname = `/${database}`;
    return url.toString();
  }

  private async onServer(sql: string): Promise<void> {
    const client = new Client({ connectionString: this.urlOf('postgres') });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}
