import { randomBytes } from 'node:crypto';
import { FieldKeyring, loadConfig } from '@worker-aid/api/core';
import { WORKER_ENCRYPTED } from '@worker-aid/api/workers';
import type { BatchResultsAnswer, BatchView } from '@worker-aid/shared/domain';
import { ApiProcess } from './support/api-process';
import { as, ledgerCheck, setUpPayableCases } from './support/payable-cases';
import { TestDatabase } from './support/test-database';

const ADMIN_PASSWORD = 'admin-password-for-batch-crash-tests';
const LINES = 8_000;
const AMOUNT = 80_000;

/**
 * The API as a real process: the results of a large batch are being applied (one transaction of
 * thousands of ledger rows) when the process is SIGKILLed; after a restart the call's payments
 * exist all or none, the ledger check is clean, and sending the results again pays each line once.
 */
describe('crash safety: SIGKILL while a batch’s results are applied', () => {
  let database: TestDatabase;
  let api: ApiProcess | undefined;
  const jwtSecret = randomBytes(32).toString('hex');

  beforeAll(async () => {
    database = await TestDatabase.create('b16_crash');
  });
  afterAll(async () => {
    await api?.stop();
    await database.drop();
  });

  it('keeps all or none of the call’s payments, and pays each line once when the results come again', async () => {
    api = await ApiProcess.start({ databaseUrl: database.url, adminPassword: ADMIN_PASSWORD, jwtSecret });
    const world = await setUpPayableCases(api.url, ADMIN_PASSWORD, {
      cases: 0,
      approvedAmount: 1,
      fundAmount: LINES * AMOUNT * 2,
    });
    const campaignId = await seedApprovedCampaign(database, world.fund.unitId, world.fund.id, LINES);
    const batch = (
      await as(api.url, world.finance)
        .post(`/api/campaigns/${campaignId}/batches`, { method: 'cash' })
        .expect(201)
    ).body as BatchView;
    const lineIds = (
      await database.query<{ id: string }>(
        'SELECT id FROM campaign_line WHERE campaign_id = $1 ORDER BY line_no',
        [campaignId],
      )
    ).map((row) => row.id);
    const body = { results: lineIds.map((lineId) => ({ lineId, paid: true })) };

    const sent = as(api.url, world.finance)
      .post(`/api/batches/${batch.id}/results`, body)
      .then(
        (response) => ({ status: response.status }),
        (error: Error) => ({ lost: error.message }),
      );
    // Kill once the call is inside its transaction, writing the ledger.
    await until(async () => (await writingTransactions(database)) > 0, 20_000);
    api.kill('SIGKILL');
    expect((await api.exited).signal).toBe('SIGKILL');
    const outcome = await sent;
    expect(outcome).toHaveProperty('lost');

    api = await ApiProcess.start({ databaseUrl: database.url, adminPassword: ADMIN_PASSWORD, jwtSecret });
    const [paid] = await database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM disbursement WHERE campaign_id = $1',
      [campaignId],
    );
    expect([0, LINES]).toContain(paid?.n);
    const lines = await database.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM campaign_line WHERE campaign_id = $1 GROUP BY status',
      [campaignId],
    );
    expect(lines).toEqual([{ status: paid?.n === 0 ? 'in_batch' : 'paid', n: LINES }]);
    expect((await ledgerCheck(api.url, world.admin)).differences).toEqual([]);

    const again = (
      await as(api.url, world.finance).post(`/api/batches/${batch.id}/results`, body).expect(200)
    ).body as BatchResultsAnswer;
    expect(again.paid + again.alreadyPaid).toBe(LINES);
    expect(again.batch).toMatchObject({ status: 'done', paidLines: LINES });
    const [after] = await database.query<{ n: number; sum: string }>(
      'SELECT count(*)::int AS n, sum(amount)::text AS sum FROM disbursement WHERE campaign_id = $1',
      [campaignId],
    );
    expect(after).toEqual({ n: LINES, sum: String(LINES * AMOUNT) });
    expect((await ledgerCheck(api.url, world.admin)).differences).toEqual([]);
    process.stdout.write(`batches-crash: SIGKILL left ${paid?.n} of ${LINES} payments (all or none)\n`);
  }, 240_000);
});

/** Transactions of the API writing a batch's payments right now. */
async function writingTransactions(database: TestDatabase): Promise<number> {
  const [row] = await database.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
       AND (query ILIKE 'INSERT INTO disbursement%' OR query ILIKE '%INSERT INTO audit_entry%'
            OR query ILIKE '%campaign_batch_line bl SET outcome%' OR query ILIKE '%disbursement_rollup%')`,
  );
  return row?.n ?? 0;
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the results were never seen being written');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/**
 * `lines` workers (their identity numbers encrypted with the test keys, as the API expects) and
 * an approved campaign paying each of them, inserted in one statement.
 */
async function seedApprovedCampaign(
  database: TestDatabase,
  unitId: string,
  fundId: string,
  lines: number,
): Promise<string> {
  const keys = loadConfig({}, 'test').encryption;
  if (!keys) throw new Error('test mode always has encryption keys');
  const encrypted = new FieldKeyring(keys).encrypt('341102198001010011', WORKER_ENCRYPTED.idNumber);
  const [row] = await database.query<{ campaign_id: string }>(
    `WITH admin AS (SELECT id FROM app_user WHERE username = 'admin'),
     w AS (
       INSERT INTO worker (name, id_number_encrypted, id_number_index, unit_id, gender, birth_date, migrant_worker, created_by)
       SELECT '职工' || i, $3, decode(md5($5 || '-' || i), 'hex'), $1, 'male', date '1980-01-01', false, admin.id
       FROM generate_series(1, $4::int) AS i, admin RETURNING id, list_seq),
     c AS (
       INSERT INTO campaign (name, kind, year, status, unit_id, fund_id, eligibility, amounts, roster_built_at,
                             approved_by, approved_at, created_by)
       SELECT '两节送温暖（崩溃测试）', 'festival', 2026, 'approved', $1, $2, '{"tiers":["deep"]}',
              '[{"tier":"deep","amount":${AMOUNT}}]', now(), admin.id, now(), admin.id FROM admin RETURNING id)
     INSERT INTO campaign_line (campaign_id, line_no, worker_id, unit_id, tier, migrant_worker, standard_amount, amount, status)
     SELECT c.id, row_number() OVER (ORDER BY w.list_seq), w.id, $1, 'deep', false, ${AMOUNT}, ${AMOUNT}, 'unpaid'
     FROM w, c RETURNING campaign_id`,
    [unitId, fundId, encrypted, lines, randomBytes(6).toString('hex')],
  );
  if (!row) throw new Error('nothing seeded');
  return row.campaign_id;
}
