import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CaseView, RevealedWorkerNumbers, WorkerView } from '@worker-aid/shared/domain';
import { FieldKeyring, generateEncryptionKeys, installFieldKeyring } from '@worker-aid/api/core';
import { dataSourceOptions } from '../src/database/data-source-options';
import { rotateEncryptionKeys } from '../src/maintenance/rotate-keys';
import { MIGRATIONS } from '../src/migrations';
import { EncryptSensitiveFields1795563184815 } from '../src/migrations/1795563184815-encrypt-sensitive-fields';
import { backupScript, runsDumpTests } from './support/backup-scripts';
import { identityNumber } from './support/identity-numbers';
import { ApiProcess } from './support/api-process';
import { MEDICAL_DETAILS } from './support/records';
import { TestDatabase } from './support/test-database';
import { ADMIN_PASSWORD, TestApp } from './support/test-app';

/** One worker's sensitive values, distinct enough that finding any of them in a dump means a leak. */
function secrets(tag: number) {
  return {
    idNumber: identityNumber('19760304', 'female'),
    phone: `1390551${String(4000 + tag).padStart(4, '0')}`,
    bankAccount: `62220213${String(77_000_000_000 + tag)}`,
    diagnosis: `慢性粒细胞白血病（加速期）第${tag}例`,
    childName: `测试子女甲乙丙${tag}`,
  };
}
type Secrets = ReturnType<typeof secrets>;

/** Registers a worker with a medical and an education case, all carrying `s`'s values. */
async function registerWithCases(
  app: TestApp,
  token: string,
  unitId: string,
  s: Secrets,
): Promise<WorkerView> {
  const worker = (
    await request(app.http)
      .post('/api/workers')
      .auth(token, { type: 'bearer' })
      .send({
        name: '加密测试',
        idNumber: s.idNumber,
        unitId,
        phone: s.phone,
        bankAccount: s.bankAccount.replace(/(\d{4})/g, '$1 '),
      })
      .expect(201)
  ).body as WorkerView;
  await request(app.http)
    .post('/api/cases')
    .auth(token, { type: 'bearer' })
    .send({
      type: 'medical',
      workerId: worker.id,
      requestedAmount: 100_000,
      summary: '因病申请医疗救助',
      details: { ...MEDICAL_DETAILS, diagnosis: s.diagnosis },
    })
    .expect(201);
  await request(app.http)
    .post('/api/cases')
    .auth(token, { type: 'bearer' })
    .send({
      type: 'education',
      workerId: worker.id,
      requestedAmount: 50_000,
      summary: '金秋助学',
      details: {
        childName: s.childName,
        school: '滁州中学',
        level: 'senior_high',
        schoolYear: '2026-2027',
        tuition: 50_000,
      },
    })
    .expect(201);
  return worker;
}

/** Every value of `s` found in `text`. */
function leaked(text: string, s: Secrets): string[] {
  return Object.values(s).filter((value) => text.includes(value));
}

const itIfDumpable = runsDumpTests('the pg_dump check of encrypted fields') ? it : it.skip;

describe('sensitive fields encrypted at rest', () => {
  let app: TestApp;
  let token: string;
  let unitId: string;
  let worker: WorkerView;
  const s = secrets(1);

  beforeAll(async () => {
    app = await TestApp.start();
    token = await app.adminToken();
    unitId = (await app.rootUnit(token)).id;
    worker = await registerWithCases(app, token, unitId, s);
  }, 60_000);
  afterAll(() => app.stop());

  const db = () => app.server.app.get(DataSource);

  it('answers with the values masked, or whole where the API shows them', async () => {
    expect(worker.idNumber).toBe(`${s.idNumber.slice(0, 6)}********${s.idNumber.slice(14)}`);
    expect(worker.bankAccount).toBe(`6222 **** **** ${s.bankAccount.slice(-4)}`);
    expect(worker.phone).toBe(s.phone);
    const revealed = (
      await request(app.http)
        .post(`/api/workers/${worker.id}/reveal`)
        .auth(token, { type: 'bearer' })
        .expect(200)
    ).body as RevealedWorkerNumbers;
    expect(revealed).toEqual({ idNumber: s.idNumber, bankAccount: s.bankAccount });
    const cases = (
      await request(app.http)
        .get(`/api/cases?workerId=${worker.id}`)
        .auth(token, { type: 'bearer' })
        .expect(200)
    ).body as { items: { id: string }[] };
    const details = await Promise.all(
      cases.items.map(
        async (c) =>
          (
            (await request(app.http).get(`/api/cases/${c.id}`).auth(token, { type: 'bearer' }).expect(200))
              .body as CaseView
          ).details,
      ),
    );
    expect(details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ diagnosis: s.diagnosis }),
        expect.objectContaining({ childName: s.childName }),
      ]),
    );
  });

  it('finds a worker by identity number through the blind index, and refuses a second registration', async () => {
    const found = await request(app.http)
      .post('/api/workers/lookup')
      .auth(token, { type: 'bearer' })
      .send({ idNumber: s.idNumber })
      .expect(200);
    expect((found.body as WorkerView).id).toBe(worker.id);
    const duplicate = await request(app.http)
      .post('/api/workers')
      .auth(token, { type: 'bearer' })
      .send({ name: '重复登记', idNumber: s.idNumber, unitId })
      .expect(409);
    expect(duplicate.body).toMatchObject({ workerId: worker.id });
  });

  it('keeps only ciphertext under the key id in the tables, and no plaintext columns', async () => {
    const [row] = (await db().query(
      `SELECT id_number_encrypted, phone_encrypted, bank_account_encrypted FROM worker WHERE id = $1`,
      [worker.id],
    )) as Record<string, string>[];
    for (const stored of Object.values(row)) expect(stored).toMatch(/^test-1:[A-Za-z0-9_-]{40,}$/);
    const columns = (await db().query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'worker'`,
    )) as { column_name: string }[];
    expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(['id_number']));
    expect(columns.map((c) => c.column_name)).not.toContain('phone');
  });

  // Skipped, visibly, where no pg_dump can read the test server (the embedded one is PostgreSQL 18).
  itIfDumpable(
    'leaves none of the values in a backup (pg_dump), which does hold the rest of the data',
    () => {
      const url = app.config.databaseUrl ?? '';
      const folder = mkdtempSync(join(tmpdir(), 'worker-aid-dump-'));
      try {
        const file = join(folder, 'aid.dump');
        expect(backupScript('backup', url, [file]).status).toBe(0);
        // The archive's table data is compressed: read it back as the SQL it restores.
        const sql = spawnSync('pg_restore', ['--file=-', file], {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
        expect(sql.stderr).toBe('');
        expect(sql.stdout).toContain('加密测试');
        expect(sql.stdout).toContain(MEDICAL_DETAILS.hospital);
        expect(leaked(sql.stdout, s)).toEqual([]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );

  it('re-encrypts under a new key with rotate-keys, and reads everything after the old key is gone', async () => {
    const old = app.config.encryption;
    if (!old) throw new Error('test servers always have keys');
    const next = generateEncryptionKeys('test-2');
    const both = new FieldKeyring({ dataKeys: [...next.dataKeys, ...old.dataKeys], indexKey: next.indexKey });
    installFieldKeyring(both);
    try {
      const first = await rotateEncryptionKeys(db().manager, both);
      expect(first.workers).toBeGreaterThanOrEqual(1);
      expect(first.cases).toBeGreaterThanOrEqual(2);
      expect(await rotateEncryptionKeys(db().manager, both)).toEqual({
        workers: 0,
        cases: 0,
        files: 0,
        documents: 0,
        documentChunks: 0,
        imports: 0,
        importRows: 0,
        campaignLines: 0,
      });

      installFieldKeyring(new FieldKeyring(next));
      const revealed = await request(app.http)
        .post(`/api/workers/${worker.id}/reveal`)
        .auth(token, { type: 'bearer' })
        .expect(200);
      expect(revealed.body).toEqual({ idNumber: s.idNumber, bankAccount: s.bankAccount });
      await request(app.http)
        .post('/api/workers/lookup')
        .auth(token, { type: 'bearer' })
        .send({ idNumber: s.idNumber })
        .expect(200);
      const [{ stale }] = (await db().query(
        `SELECT count(*)::int AS stale FROM worker WHERE id_number_encrypted NOT LIKE 'test-2:%'
           OR phone_encrypted NOT LIKE 'test-2:%' OR bank_account_encrypted NOT LIKE 'test-2:%'`,
      )) as { stale: number }[];
      expect(stale).toBe(0);
    } finally {
      installFieldKeyring(new FieldKeyring(old));
    }
  });
});

describe('the migration that encrypts existing rows', () => {
  let database: TestDatabase;
  const keyring = new FieldKeyring(generateEncryptionKeys('mig-1'));
  /** Every migration before the one that encrypts (those after it are undone on the way down too). */
  const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(EncryptSensitiveFields1795563184815));

  beforeAll(async () => {
    installFieldKeyring(keyring);
    database = await TestDatabase.create('wa_migrate');
  });
  afterAll(() => database.drop());

  const dataSource = (migrations: typeof MIGRATIONS) =>
    new DataSource({ ...dataSourceOptions(database.url), migrations }).initialize();

  it('converts plaintext rows, keeps them findable, and turns them back on the way down', async () => {
    const old = await dataSource(before);
    const s = secrets(2);
    try {
      await old.runMigrations({ transaction: 'each' });
      await old.query(
        `INSERT INTO unit (id, code, name, level, path) VALUES ('00000000-0000-4000-8000-000000000001', 'C', '中心', 'center', '/00000000-0000-4000-8000-000000000001/')`,
      );
      await old.query(
        `INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
         VALUES ('00000000-0000-4000-8000-000000000002', 'admin', '管理员', 'x', 'admin', '00000000-0000-4000-8000-000000000001')`,
      );
      await old.query(
        `INSERT INTO worker (id, name, id_number, unit_id, gender, birth_date, phone, created_by)
         SELECT ('00000000-0000-4000-8000-' || lpad(k::text, 12, '0'))::uuid, '旧职工', CASE k WHEN 10 THEN $1 ELSE $3 || k END,
                '00000000-0000-4000-8000-000000000001', 'female', date '1976-03-04', CASE WHEN k = 10 THEN $2 END,
                '00000000-0000-4000-8000-000000000002'
         FROM generate_series(10, 2509) k`,
        [s.idNumber, s.phone, '3411021976030'],
      );
      await old.query(
        `INSERT INTO aid_case (case_no, type, status, worker_id, unit_id, requested_amount, summary, details, created_by)
         VALUES ('MED-2026-000001', 'medical', 'draft', '00000000-0000-4000-8000-000000000010', '00000000-0000-4000-8000-000000000001',
                 100, '医疗', $1, '00000000-0000-4000-8000-000000000002')`,
        [{ ...MEDICAL_DETAILS, diagnosis: s.diagnosis }],
      );
    } finally {
      await old.destroy();
    }

    const current = await dataSource(MIGRATIONS);
    try {
      await current.runMigrations({ transaction: 'each' });
      const [row] = (await current.query(
        `SELECT id_number_encrypted, id_number_index, phone_encrypted FROM worker WHERE id = '00000000-0000-4000-8000-000000000010'`,
      )) as { id_number_encrypted: string; id_number_index: Buffer; phone_encrypted: string }[];
      expect(keyring.decrypt(row.id_number_encrypted, 'worker.id_number')).toBe(s.idNumber);
      expect(keyring.decrypt(row.phone_encrypted, 'worker.phone')).toBe(s.phone);
      expect(row.id_number_index.equals(keyring.blindIndex(s.idNumber, 'worker.id_number'))).toBe(true);
      const [{ converted }] = (await current.query(
        `SELECT count(*)::int AS converted FROM worker WHERE id_number_encrypted LIKE 'mig-1:%'`,
      )) as { converted: number }[];
      expect(converted).toBe(2500);
      const [aidCase] = (await current.query(`SELECT details FROM aid_case`)) as {
        details: Record<string, string>;
      }[];
      expect(aidCase.details['hospital']).toBe(MEDICAL_DETAILS.hospital);
      expect(keyring.decrypt(aidCase.details['diagnosis'], 'aid_case.details.diagnosis')).toBe(s.diagnosis);

      for (let undo = MIGRATIONS.length - before.length; undo > 0; undo -= 1)
        await current.undoLastMigration({ transaction: 'each' });
      const [plain] = (await current.query(
        `SELECT id_number, phone FROM worker WHERE id = '00000000-0000-4000-8000-000000000010'`,
      )) as { id_number: string; phone: string }[];
      expect(plain).toEqual({ id_number: s.idNumber, phone: s.phone });
      const [back] = (await current.query(`SELECT details FROM aid_case`)) as {
        details: Record<string, string>;
      }[];
      expect(back.details['diagnosis']).toBe(s.diagnosis);
    } finally {
      await current.destroy();
    }
  }, 60_000);
});

describe('the server log', () => {
  it('never holds a sensitive value, not even when a request fails', async () => {
    const database = await TestDatabase.create('wa_logs');
    const api = await ApiProcess.start({ databaseUrl: database.url, adminPassword: ADMIN_PASSWORD });
    const s = secrets(3);
    try {
      const http = api.url;
      const login = await request(http)
        .post('/api/auth/login')
        .send({ username: 'admin', password: ADMIN_PASSWORD });
      const token = (login.body as { accessToken: string }).accessToken;
      const units = (await request(http).get('/api/units').auth(token, { type: 'bearer' })).body as {
        id: string;
      }[];
      const created = await request(http)
        .post('/api/workers')
        .auth(token, { type: 'bearer' })
        .send({
          name: '日志测试',
          idNumber: s.idNumber,
          unitId: units[0].id,
          phone: s.phone,
          bankAccount: s.bankAccount,
        })
        .expect(201);
      const id = (created.body as WorkerView).id;
      await request(http).post(`/api/workers/${id}/reveal`).auth(token, { type: 'bearer' }).expect(200);
      await request(http)
        .post('/api/workers')
        .auth(token, { type: 'bearer' })
        .send({ name: '重复', idNumber: s.idNumber, unitId: units[0].id })
        .expect(409);
      await request(http)
        .post('/api/workers')
        .auth(token, { type: 'bearer' })
        .send({ name: '错号', idNumber: `${s.idNumber.slice(0, 17)}0`, unitId: units[0].id, phone: s.phone })
        .expect(400);
      // A stored value that no longer decrypts: the one failure that is logged, with its details.
      await database.query(
        `UPDATE worker SET phone_encrypted = 'retired-key:' || split_part(phone_encrypted, ':', 2) WHERE id = $1`,
        [id],
      );
      await request(http).get(`/api/workers/${id}`).auth(token, { type: 'bearer' }).expect(500);
      await new Promise((done) => setTimeout(done, 200));
      expect(api.log).toMatch(/correlationId=.*no data key with id "retired-key"/);
      expect(leaked(api.log, s)).toEqual([]);
    } finally {
      api.kill('SIGTERM');
      await api.exited;
      await database.drop();
    }
  }, 90_000);
});
