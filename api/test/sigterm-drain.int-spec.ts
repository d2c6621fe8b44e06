import { connect } from 'node:net';
import type { DisbursementView } from '@worker-aid/shared/domain';
import { ApiProcess } from './support/api-process';
import { pay, setUpPayableCases } from './support/payable-cases';
import { TestDatabase } from './support/test-database';

const ADMIN_PASSWORD = 'admin-password-for-drain-tests';

/**
 * SIGTERM (a deploy, `docker stop`, systemd): the API refuses new connections at once, answers
 * the requests it has already taken, closes the database and exits 0.
 */
describe('SIGTERM drains the server', () => {
  let database: TestDatabase;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    database = await TestDatabase.create('wa_drain');
  });
  afterAll(async () => {
    await api?.stop();
    await database.drop();
  });

  it('answers a payment in flight, refuses new connections, then exits 0', async () => {
    api = await ApiProcess.start({
      databaseUrl: database.url,
      adminPassword: ADMIN_PASSWORD,
      shutdownGraceSeconds: 10,
    });
    const world = await setUpPayableCases(api.url, ADMIN_PASSWORD, {
      cases: 1,
      approvedAmount: 500_000,
      fundAmount: 1_000_000,
    });
    const caseId = world.cases[0].id;

    // Hold the case's row lock, so the payment is caught mid-transaction when SIGTERM arrives.
    const lock = await database.connect();
    await lock.query('BEGIN');
    await lock.query('SELECT id FROM aid_case WHERE id = $1 FOR UPDATE', [caseId]);
    let settled = false;
    const inFlight = pay(api.url, world, caseId, 12_345, 'drain-1').then((response) => {
      settled = true;
      return response;
    });
    await until(async () => (await waitingOnLocks(database)) > 0, 'the payment to wait on the lock');

    api.kill('SIGTERM');
    await until(async () => !(await accepts(api?.port ?? 0)), 'new connections to be refused');
    expect(settled).toBe(false);

    await lock.query('COMMIT');
    await lock.end();
    const answered = Date.now();
    const response = await inFlight;
    expect(response.status).toBe(201);
    expect((response.body as DisbursementView).amount).toBe(12_345);

    const exit = await api.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    // The idle keep-alive connection the answer came on did not hold the exit back.
    expect(Date.now() - answered).toBeLessThan(3_000);
    const rows = await database.query<{ amount: string }>('SELECT amount FROM disbursement');
    expect(rows.map((r) => Number(r.amount))).toEqual([12_345]);
    expect(api.log).toContain('SIGTERM: finishing requests in flight');
  }, 90_000);
});

async function waitingOnLocks(database: TestDatabase): Promise<number> {
  const rows = await database.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return rows[0].n;
}

/** Whether a new TCP connection to the port is accepted. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolveAccepts) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolveAccepts(true);
    });
    socket.once('error', () => resolveAccepts(false));
  });
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
}
