import { Client } from 'pg';
import {
  ledgerCheck,
  pay,
  PayableCases,
  paymentsOfCase,
  setUpPayableCases,
  as,
} from './support/payable-cases';
import { ADMIN_PASSWORD, TestApp } from './support/test-app';

/**
 * A database that cannot take the work in time — a statement stuck past its time limit, or no
 * pooled connection free — is answered with 503 and Retry-After, never a 500 or an endless
 * wait, and the refused request leaves nothing behind.
 */
describe('a busy database', () => {
  let app: TestApp;
  let world: PayableCases;
  let locker: Client;

  beforeAll(async () => {
    app = await TestApp.start((config) => {
      config.databaseLimits = { poolSize: 2, poolWaitMs: 300, statementTimeoutMs: 600 };
    });
    world = await setUpPayableCases(app.http, ADMIN_PASSWORD, {
      cases: 3,
      approvedAmount: 100_000,
      fundAmount: 1_000_000,
    });
    locker = new Client({ connectionString: app.config.databaseUrl ?? '' });
    await locker.connect();
  }, 60_000);
  afterAll(async () => {
    await locker.end();
    await app.stop();
  });

  /** Holds the fund's row lock, as a stuck payment's draw-down would, while `work` runs. */
  async function withFundLocked<T>(work: () => Promise<T>): Promise<T> {
    await locker.query('BEGIN');
    await locker.query('SELECT 1 FROM fund WHERE id = $1 FOR NO KEY UPDATE', [world.fund.id]);
    try {
      return await work();
    } finally {
      await locker.query('ROLLBACK');
    }
  }

  it('answers a statement past its time limit with 503, writes nothing, and takes the retry', async () => {
    const [first] = world.cases;
    const refused = await withFundLocked(() => pay(app.http, world, first.id, 10_000, 'busy-1'));
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'server.busy',
      message: 'the server is busy: try again in a moment',
    });
    expect(await paymentsOfCase(app.http, world, first.id)).toEqual([]);
    await pay(app.http, world, first.id, 10_000, 'busy-1').expect(201);
  });

  it('answers a request that finds no free connection in time with 503', async () => {
    const [, second, third] = world.cases;
    const answers = await withFundLocked(async () => {
      // Both connections of the pool wait on the fund's lock…
      const payments = [
        pay(app.http, world, second.id, 10_000, 'busy-2'),
        pay(app.http, world, third.id, 10_000, 'busy-3'),
      ];
      const started = payments.map((p) => p.then((response) => response));
      await new Promise((done) => setTimeout(done, 150));
      // …so this one waits for a connection, and gives up after 300 ms.
      const list = await as(app.http, world.finance).get('/api/funds');
      return { list, payments: await Promise.all(started) };
    });
    expect(answers.list.status).toBe(503);
    expect(answers.list.headers['retry-after']).toBe('1');
    expect(answers.payments.map((p) => p.status)).toEqual([503, 503]);
    expect((await ledgerCheck(app.http, world.admin)).differences).toEqual([]);
  });
});
