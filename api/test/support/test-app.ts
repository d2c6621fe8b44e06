import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types';
import type { LoginResponse, Role, UnitLevel, UnitView, UserView } from '@worker-aid/shared/domain';
import { AppConfig, dropDatabase, ensureDatabase, loadConfig, withDatabase } from '@worker-aid/api/core';
import { RunningServer, startServer } from '../../src/server';

export const ADMIN_PASSWORD = 'admin-password-for-tests';
export const PASSWORD = 'password-for-tests';

/** The running API on a database of its own, with helpers to act as different users. */
export class TestApp {
  private constructor(
    readonly server: RunningServer,
    readonly config: AppConfig,
    private readonly serverUrl: string,
    private readonly database: string,
  ) {}

  static async start(adjust: (config: AppConfig) => void = () => undefined): Promise<TestApp> {
    const serverUrl = process.env['WA_TEST_SERVER_URL'];
    if (!serverUrl) throw new Error('WA_TEST_SERVER_URL is set by the global setup');
    const database = `wa_test_${randomBytes(6).toString('hex')}`;
    await ensureDatabase(serverUrl, database);
    const config = loadConfig(
      { DATABASE_URL: withDatabase(serverUrl, database), ADMIN_PASSWORD, PORT: '0', WEB_ROOT: '' },
      'test',
    );
    adjust(config);
    const server = await startServer(config);
    return new TestApp(server, config, serverUrl, database);
  }

  get http(): App {
    return this.server.app.getHttpServer() as App;
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await dropDatabase(this.serverUrl, this.database);
  }

  async login(username: string, password = PASSWORD): Promise<string> {
    const response = await request(this.http)
      .post('/api/auth/login')
      .send({ username, password })
      .expect(200);
    return (response.body as LoginResponse).accessToken;
  }

  adminToken(): Promise<string> {
    return this.login('admin', ADMIN_PASSWORD);
  }

  async rootUnit(token: string): Promise<UnitView> {
    const units = (await request(this.http).get('/api/units').auth(token, { type: 'bearer' }).expect(200))
      .body as UnitView[];
    const root = units.find((u) => u.level === 'center');
    if (!root) throw new Error('no center unit');
    return root;
  }

  async createUnit(
    token: string,
    parentId: string,
    level: UnitLevel,
    code = uniqueCode(),
  ): Promise<UnitView> {
    const response = await request(this.http)
      .post('/api/units')
      .auth(token, { type: 'bearer' })
      .send({ code, name: `单位 ${code}`, level, parentId })
      .expect(201);
    return response.body as UnitView;
  }

  async createUser(
    token: string,
    unitId: string,
    role: Role,
    username = uniqueName(role),
  ): Promise<UserView> {
    const response = await request(this.http)
      .post('/api/users')
      .auth(token, { type: 'bearer' })
      .send({ username, displayName: `测试 ${username}`, password: PASSWORD, role, unitId })
      .expect(201);
    return response.body as UserView;
  }

  /** Creates a user of `role` in `unitId` and signs them in. */
  async tokenFor(adminToken: string, unitId: string, role: Role): Promise<{ user: UserView; token: string }> {
    const user = await this.createUser(adminToken, unitId, role);
    return { user, token: await this.login(user.username) };
  }
}

let counter = 0;
export function uniqueCode(): string {
  counter += 1;
  return `U${Date.now().toString(36)}${counter}`.toUpperCase();
}

export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}
