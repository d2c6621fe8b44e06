import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DisbursementView, FundView } from '@worker-aid/shared/domain';
import { loadConfig } from '@worker-aid/api/core';
import { RunningServer, startServer } from '../src/server';
import type { App } from 'supertest/types';
import {
  as,
  ledgerCheck,
  login,
  pay,
  PayableCases,
  paymentsOfCase,
  setUpPayableCases,
} from './support/payable-cases';
import { backupScript, runsDumpTests } from './support/backup-scripts';
import { TestDatabase } from './support/test-database';
import { ADMIN_PASSWORD, TestApp } from './support/test-app';

// pg_dump refuses a server newer than itself (the embedded test server is PostgreSQL 18).
const describeIfDumpable = runsDumpTests('backup-restore') ? describe : describe.skip;

describeIfDumpable('npm run backup and npm run restore', () => {
  let app: TestApp;
  let world: PayableCases;
  let restored: TestDatabase;
  let restoredServer: RunningServer | undefined;
  const folder = mkdtempSync(join(tmpdir(), 'worker-aid-backup-'));
  const paid: DisbursementView[] = [];

  beforeAll(async () => {
    app = await TestApp.start();
    world = await setUpPayableCases(app.http, ADMIN_PASSWORD, {
      cases: 4,
      approvedAmount: 300_000,
      fundAmount: 5_000_000,
    });
    for (const [i, c] of world.cases.entries())
      for (let n = 0; n <= i; n++)
        paid.push((await pay(app.http, world, c.id, 10_000 + n, `backup-${i}-${n}`).expect(201)).body);
    restored = await TestDatabase.create('wa_restored');
  }, 90_000);
  afterAll(async () => {
    await restoredServer?.app.close();
    await app?.stop();
    await restored?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('backs up, restores into a fresh database, and every case and payment is found again', async () => {
    const file = join(folder, 'worker-aid.dump');
    const backup = backupScript('backup', app.config.databaseUrl ?? '', [file]);
    expect(backup).toMatchObject({ status: 0, output: expect.stringContaining(`to ${file}`) });

    const restore = backupScript('restore', restored.url, [file]);
    expect(restore.status).toBe(0);
    expect(restore.output).toMatch(/^Restored .* into database "wa_restored_\w+" .*: \d+ tables, \d+ rows/);
    const again = backupScript('restore', restored.url, [file]);
    expect(again.status).toBe(1);
    expect(again.output).toMatch(/^Not restoring: .* already has \d+ tables .*add --clean/);
    const clean = backupScript('restore', restored.url, [file, '--clean']);
    expect({ status: clean.status, output: clean.output }).toEqual({
      status: 0,
      output: expect.stringMatching(/^Restored .* replacing its \d+ tables/),
    });

    restoredServer = await startServer(
      loadConfig({ DATABASE_URL: restored.url, ADMIN_PASSWORD, PORT: '0', WEB_ROOT: '' }, 'test'),
    );
    const target = restoredServer.app.getHttpServer() as App;
    // The restored server signs with a key of its own: sign in again, same user, same password.
    const admin = await login(target, 'admin', ADMIN_PASSWORD);
    const finance = world.finance;
    for (const c of world.cases) {
      const before = await as(app.http, finance).get(`/api/cases/${c.id}`).expect(200);
      const after = await as(target, admin).get(`/api/cases/${c.id}`).expect(200);
      expect(after.body).toEqual(before.body);
      const payments = await paymentsOfCase(target, { ...world, finance: admin }, c.id);
      expect(payments).toEqual(paid.filter((p) => p.caseId === c.id));
    }
    const fund = (await as(target, admin).get(`/api/funds/${world.fund.id}`).expect(200)).body as FundView;
    expect(fund.disbursed).toBe(paid.reduce((sum, p) => sum + p.amount, 0));
    expect((await ledgerCheck(target, admin)).differences).toEqual([]);
  }, 120_000);
});
