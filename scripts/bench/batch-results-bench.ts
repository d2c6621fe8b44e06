import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type {
  BatchResultsAnswer,
  BatchView,
  FundView,
  LoginResponse,
  UnitView,
} from '@worker-aid/shared/domain';
import { dropDatabase, type EncryptionKeys, FieldKeyring, withDatabase } from '@worker-aid/api/core';
import { WORKER_ENCRYPTED } from '@worker-aid/api/workers';
import { ApiProcess } from './api-process';
import { recreateDatabase, type BenchServer } from './bench-database';

const ADMIN_PASSWORD = 'bench-batches-admin-password';
const LINES = 10_000;
const AMOUNT = 80_000;

export interface BatchResultsBenchResult {
  lines: number;
  /** `POST /api/batches/:id/results` paying every line, answered. */
  seconds: number;
  paid: number;
  ledgerClean: boolean;
}

/**
 * `lines` workers and an approved campaign paying each of them, seeded by SQL in one statement
 * (identity numbers encrypted with the server's keys; the results path never decrypts them).
 */
async function seedCampaign(
  url: string,
  keys: EncryptionKeys,
  unitId: string,
  fundId: string,
): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const encrypted = new FieldKeyring(keys).encrypt('341102198001010011', WORKER_ENCRYPTED.idNumber);
    const { rows } = await client.query<{ id: string }>(
      `WITH admin AS (SELECT id FROM app_user WHERE username = 'admin'),
       w AS (
         INSERT INTO worker (name, id_number_encrypted, id_number_index, unit_id, gender, birth_date, migrant_worker, created_by)
         SELECT '职工' || i, $3, decode(md5($5 || '-' || i), 'hex'), $1, 'male', date '1980-01-01', false, admin.id
         FROM generate_series(1, $4::int) AS i, admin RETURNING id, list_seq),
       c AS (
         INSERT INTO campaign (name, kind, year, status, unit_id, fund_id, eligibility, amounts, roster_built_at,
                               approved_by, approved_at, created_by)
         SELECT '两节送温暖（基准）', 'festival', 2026, 'approved', $1, $2, '{"tiers":["deep"]}',
                '[{"tier":"deep","amount":${AMOUNT}}]', now(), admin.id, now(), admin.id FROM admin RETURNING id),
       l AS (
         INSERT INTO campaign_line (campaign_id, line_no, worker_id, unit_id, tier, migrant_worker, standard_amount, amount, status)
         SELECT c.id, row_number() OVER (ORDER BY w.list_seq), w.id, $1, 'deep', false, ${AMOUNT}, ${AMOUNT}, 'unpaid'
         FROM w, c RETURNING campaign_id)
       SELECT DISTINCT campaign_id AS id FROM l`,
      [unitId, fundId, encrypted, LINES, randomBytes(6).toString('hex')],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('nothing seeded');
    return id;
  } finally {
    await client.end();
  }
}

/**
 * A 10,000-line approved campaign in one cash batch on a fresh database `wa_bench_batches`, the
 * API in a process of its own: the time `POST /api/batches/:id/results` takes to pay every line
 * (10,000 ledger rows, audit lines and roll-up cells in one transaction), then the ledger check.
 */
export async function benchBatchResults(
  server: BenchServer,
  keys: EncryptionKeys,
): Promise<BatchResultsBenchResult> {
  // Another name (BENCH_BATCHES_DATABASE) keeps runs on a shared server apart.
  const database = process.env['BENCH_BATCHES_DATABASE'] ?? 'wa_bench_batches';
  const scratch: BenchServer = { ...server, database, url: withDatabase(server.serverUrl, database) };
  await recreateDatabase(scratch);
  const api = await ApiProcess.start(scratch.url, keys, ADMIN_PASSWORD);
  try {
    const { accessToken: token } = await api.json<LoginResponse>('/api/auth/login', null, 'POST', {
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    const [root] = await api.json<UnitView[]>('/api/units', token);
    if (!root) throw new Error('no center unit');
    const fund = await api.json<FundView>('/api/funds', token, 'POST', {
      code: `BB${randomBytes(3).toString('hex').toUpperCase()}`,
      name: '两节送温暖资金',
      source: 'union_budget',
    });
    await api.json(`/api/funds/${fund.id}/allocations`, token, 'POST', { amount: LINES * AMOUNT });
    const campaignId = await seedCampaign(scratch.url, keys, root.id, fund.id);
    const batch = await api.json<BatchView>(`/api/campaigns/${campaignId}/batches`, token, 'POST', {
      method: 'cash',
    });
    const lines: string[] = [];
    for (let cursor: string | null = null; ; ) {
      const page: { items: { id: string }[]; nextCursor: string | null } = await api.json(
        `/api/batches/${batch.id}/lines?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
        token,
      );
      lines.push(...page.items.map((line) => line.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    const started = performance.now();
    const answer = await api.json<BatchResultsAnswer>(`/api/batches/${batch.id}/results`, token, 'POST', {
      results: lines.map((lineId) => ({ lineId, paid: true })),
    });
    const seconds = (performance.now() - started) / 1000;
    const check = await api.json<{ differences: unknown[] }>('/api/ledger/check', token);
    return { lines: LINES, seconds, paid: answer.paid, ledgerClean: check.differences.length === 0 };
  } finally {
    await api.stop();
    await dropDatabase(server.serverUrl, scratch.database);
  }
}

export function batchResultsLines(r: BatchResultsBenchResult): string[] {
  return [
    `  ${r.lines.toLocaleString('en')} lines paid by one results call in ${r.seconds.toFixed(2)} s (goal ≤ 10 s): ` +
      `${Math.round(r.paid / r.seconds).toLocaleString('en')} payments per second; ledger check ${r.ledgerClean ? 'clean' : 'NOT CLEAN'}`,
  ];
}
