import { randomBytes } from 'node:crypto';
import type { DisbursementView } from '@worker-aid/shared/domain';
import { ApiProcess } from './support/api-process';
import { ledgerCheck, pay, PayableCases, paymentsOfCase, setUpPayableCases } from './support/payable-cases';
import { TestDatabase } from './support/test-database';

const ADMIN_PASSWORD = 'admin-password-for-crash-tests';
const CASES = 10;
const PAYMENTS = 200;
const IN_FLIGHT = 30;
/** SIGKILL once this many payments have been acknowledged, with about IN_FLIGHT more under way. */
const KILL_AFTER = 40;

interface Attempt {
  key: string;
  caseId: string;
  amount: number;
  answer?: DisbursementView;
  /** Sent, but the connection broke before a 201 arrived. */
  lost?: string;
}

/**
 * The API as a real process on a real database: a burst of payments, SIGKILL in the middle,
 * a restart on the same database — and nothing acknowledged is lost, nothing is half-written,
 * and retrying with the same Idempotency-Key never pays twice.
 */
describe('crash safety: SIGKILL under a payment load', () => {
  let database: TestDatabase;
  let api: ApiProcess | undefined;
  const jwtSecret = randomBytes(32).toString('hex');

  beforeAll(async () => {
    database = await TestDatabase.create('wa_crash');
  });
  afterAll(async () => {
    await api?.stop();
    await database.drop();
  });

  it('keeps every acknowledged payment, writes nothing by halves and pays each key once', async () => {
    api = await ApiProcess.start({ databaseUrl: database.url, adminPassword: ADMIN_PASSWORD, jwtSecret });
    const world = await setUpPayableCases(api.url, ADMIN_PASSWORD, {
      cases: CASES,
      approvedAmount: 1_000_000,
      fundAmount: 100_000_000,
    });
    const attempts: Attempt[] = Array.from({ length: PAYMENTS }, (_, i) => ({
      key: `crash-${i}`,
      caseId: world.cases[i % CASES].id,
      amount: 1_000 + i,
    }));

    const killed = await payUntilKilled(api, world, attempts);
    expect(killed.signal).toBe('SIGKILL');
    const acknowledged = attempts.filter((a) => a.answer);
    const lost = attempts.filter((a) => a.lost);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(lost.length).toBeGreaterThan(0); // the kill really caught payments in flight

    const restartedAt = new Date().toISOString();
    api = await ApiProcess.start({ databaseUrl: database.url, adminPassword: ADMIN_PASSWORD, jwtSecret });
    const target = api.url;

    // Every acknowledged payment is there, as it was acknowledged.
    const stored = new Map<string, DisbursementView>();
    for (const c of world.cases)
      for (const p of await paymentsOfCase(target, world, c.id)) stored.set(p.id, p);
    for (const a of acknowledged) expect(stored.get(a.answer?.id ?? '')).toMatchObject(a.answer ?? {});

    // Nothing half-written: each ledger row has its audit line and its stored answer, totals agree.
    expect(await rowsWithoutAuditLine(database)).toEqual([]);
    expect(await claimedKeysWithoutAnswer(database)).toEqual([]);
    expect((await ledgerCheck(target, world.admin)).differences).toEqual([]);

    // Retrying what was lost: a stored answer (it committed before the kill) or a first payment.
    for (const a of lost) {
      const retry = await pay(target, world, a.caseId, a.amount, a.key).expect(201);
      a.answer = retry.body as DisbursementView;
      const again = await pay(target, world, a.caseId, a.amount, a.key).expect(201);
      expect(again.body).toEqual(retry.body);
    }
    const answered = attempts.filter((a) => a.answer);
    const rows = await database.query<{ id: string; amount: string }>('SELECT id, amount FROM disbursement');
    // Exactly one ledger row per answered key: none paid twice, none paid without an answer.
    expect(rows.map((r) => r.id).sort()).toEqual(answered.map((a) => a.answer?.id).sort());
    expect(rows.reduce((sum, r) => sum + Number(r.amount), 0)).toBe(
      answered.reduce((sum, a) => sum + a.amount, 0),
    );
    expect((await ledgerCheck(target, world.admin)).differences).toEqual([]);
    const replayed = lost.filter((a) => (a.answer?.createdAt ?? '') < restartedAt).length;
    process.stdout.write(
      `crash-safety: ${acknowledged.length} payments acknowledged before SIGKILL; of ${lost.length} lost in ` +
        `flight, ${replayed} had committed (retry replayed them), ${lost.length - replayed} paid on retry\n`,
    );
  }, 150_000);
});

/** Sends the payments IN_FLIGHT at a time and SIGKILLs the API once KILL_AFTER are acknowledged. */
async function payUntilKilled(api: ApiProcess, world: PayableCases, attempts: Attempt[]) {
  let next = 0;
  let acknowledged = 0;
  let killing = false;
  const worker = async () => {
    while (!killing && next < attempts.length) {
      const attempt = attempts[next++];
      try {
        const response = await pay(api.url, world, attempt.caseId, attempt.amount, attempt.key);
        if (response.status !== 201) throw new Error(`payment answered ${response.status}`);
        attempt.answer = response.body as DisbursementView;
        if (++acknowledged >= KILL_AFTER && !killing) {
          killing = true;
          api.kill('SIGKILL');
        }
      } catch (error) {
        if (!killing) throw error;
        attempt.lost = (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  if (!killing) throw new Error('every payment finished before the kill: raise PAYMENTS');
  return api.exited;
}

function rowsWithoutAuditLine(database: TestDatabase): Promise<{ id: string }[]> {
  return database.query(`
    SELECT d.id FROM disbursement d
    WHERE NOT EXISTS (SELECT 1 FROM audit_entry a
                      WHERE a.entity_type = 'disbursement' AND a.entity_id = d.id::text)`);
}

function claimedKeysWithoutAnswer(database: TestDatabase): Promise<{ key: string }[]> {
  return database.query('SELECT key FROM idempotency_record WHERE response_status IS NULL');
}
