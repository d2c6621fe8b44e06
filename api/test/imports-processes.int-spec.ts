import { randomBytes } from 'node:crypto';
import type { ImportSummary, UnitView } from '@worker-aid/shared/domain';
import { ApiProcess } from './support/api-process';
import { isDone, isValidated, uploadSheet, validRow, waitForImport, workerXlsx } from './support/sheets';
import { TestDatabase } from './support/test-database';

const ADMIN_PASSWORD = 'admin-password-for-import-tests';
/** A job that has not reported for this long is taken for dead, so the test need not wait a minute. */
const STALE_SECONDS = '2';

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function centerCode(url: string, token: string): Promise<string> {
  const response = await fetch(`${url}/api/units`, { headers: { Authorization: `Bearer ${token}` } });
  const units = (await response.json()) as UnitView[];
  return units.find((unit) => unit.level === 'center')?.code ?? '';
}

async function commit(url: string, token: string, id: string): Promise<number> {
  const response = await fetch(`${url}/api/imports/${id}/commit`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.status;
}

/**
 * Imports against the API as real processes on one database: killed in the middle of a commit
 * and started again, and two processes sharing the job queue.
 */
describe('imports across processes', () => {
  let database: TestDatabase;
  const apis: ApiProcess[] = [];
  const jwtSecret = randomBytes(32).toString('hex');
  const start = async () => {
    const api = await ApiProcess.start({
      databaseUrl: database.url,
      adminPassword: ADMIN_PASSWORD,
      jwtSecret,
      env: { JOBS_STALE_SECONDS: STALE_SECONDS },
    });
    apis.push(api);
    return api;
  };

  beforeAll(async () => {
    database = await TestDatabase.create('wa_imports');
  });
  afterAll(async () => {
    for (const api of apis) await api.stop();
    await database.drop();
  });

  it('finishes a commit killed half-way when committed again, registering no worker twice', async () => {
    let api = await start();
    const token = await signIn(api.url);
    const code = await centerCode(api.url, token);
    const rows = Array.from({ length: 6000 }, (_, i) => validRow(code, `崩溃${i}`));
    const upload = (await uploadSheet(api.url, token, await workerXlsx(rows)).expect(202))
      .body as ImportSummary;
    await waitForImport(api.url, token, upload.id, isValidated, 120_000);

    expect(await commit(api.url, token, upload.id)).toBe(202);
    // SIGKILL once some, not all, rows are registered.
    await waitForImport(api.url, token, upload.id, (found) => found.imported > 0, 60_000);
    api.kill('SIGKILL');
    await api.exited;
    const [halfway] = await database.query<{ imported: number; status: string }>(
      'SELECT imported, status FROM worker_import WHERE id = $1',
      [upload.id],
    );
    expect(halfway.status).toBe('importing');
    expect(halfway.imported).toBeLessThan(6000);

    api = await start();
    const again = await signIn(api.url);
    await new Promise((resolve) => setTimeout(resolve, Number(STALE_SECONDS) * 1000 + 500));
    expect(await commit(api.url, again, upload.id)).toBe(202);
    const done = await waitForImport(api.url, again, upload.id, isDone, 120_000);
    expect(done).toMatchObject({ status: 'done', imported: 6000 });

    const [counts] = await database.query<{ workers: number; rows: number; distinct_workers: number }>(
      `SELECT (SELECT count(*)::int FROM worker WHERE name LIKE '崩溃%') AS workers,
              count(*)::int AS rows, count(DISTINCT worker_id)::int AS distinct_workers
       FROM worker_import_row WHERE import_id = $1 AND result = 'imported'`,
      [upload.id],
    );
    const orphans = await database.query(
      `SELECT r.row_number, r.worker_id, w.name FROM worker_import_row r LEFT JOIN worker w ON w.id = r.worker_id
       WHERE r.import_id = $1 AND (w.id IS NULL OR w.name NOT LIKE '崩溃%')`,
      [upload.id],
    );
    expect(orphans).toEqual([]);
    expect(counts).toEqual({ workers: 6000, rows: 6000, distinct_workers: 6000 });
    const [{ audited }] = await database.query<{ audited: number }>(
      `SELECT count(*)::int AS audited FROM audit_entry WHERE action = 'worker.create' AND detail->>'importId' = $1`,
      [upload.id],
    );
    expect(audited).toBe(6000);
    await api.stop();
  }, 300_000);

  it('shares the queue between two processes without running a job twice', async () => {
    const first = await start();
    const second = await start();
    const token = await signIn(first.url);
    const code = await centerCode(first.url, token);
    const uploads: ImportSummary[] = [];
    for (let i = 0; i < 8; i++) {
      const rows = Array.from({ length: 200 }, (_, r) => validRow(code, `共享${i}-${r}`));
      const target = i % 2 ? second.url : first.url;
      uploads.push(
        (await uploadSheet(target, token, await workerXlsx(rows)).expect(202)).body as ImportSummary,
      );
    }
    for (const upload of uploads) {
      await waitForImport(first.url, token, upload.id, isValidated, 120_000);
      expect(await commit(second.url, token, upload.id)).toBe(202);
    }
    for (const upload of uploads) {
      expect(await waitForImport(second.url, token, upload.id, isDone, 120_000)).toMatchObject({
        imported: 200,
      });
    }
    // Each import's check and commit ran as one job, completed once, never retried.
    const jobs = await database.query<{ name: string; import_id: string; runs: number; retries: number }>(
      `SELECT name, data->>'importId' AS import_id, count(*)::int AS runs, max(retry_count)::int AS retries
       FROM pgboss.job WHERE name IN ('imports.validate', 'imports.commit') AND data->>'importId' = ANY($1)
       GROUP BY 1, 2`,
      [uploads.map((u) => u.id)],
    );
    expect(jobs).toHaveLength(16);
    expect(jobs.every((job) => job.runs === 1 && job.retries === 0)).toBe(true);
    const [{ workers }] = await database.query<{ workers: number }>(
      `SELECT count(*)::int AS workers FROM worker WHERE name LIKE '共享%'`,
    );
    expect(workers).toBe(1600);
  }, 300_000);
});
