import request from 'supertest';
import { DataSource } from 'typeorm';
import type { DisbursementReport, LedgerCheckView, LegalReport } from '@worker-aid/shared/domain';
import { seedDemo } from '../src/demo/demo-seeder';
import { CHUZHOU_FIGURES } from '../src/demo/history/history-plan';
import { seedDemoHistory } from '../src/demo/history/seed-history';
import { PASSWORD, TestApp } from './support/test-app';

describe("the demo's city history", () => {
  let app: TestApp;
  let manager: string;

  beforeAll(async () => {
    app = await TestApp.start();
    const dataSource = app.server.app.get(DataSource);
    await seedDemo(dataSource, PASSWORD);
    await seedDemoHistory(dataSource);
    manager = await app.login('manager');
  }, 120_000);
  afterAll(() => app.stop());

  const get = (path: string) => request(app.http).get(path).auth(manager, { type: 'bearer' }).expect(200);

  it('reproduces the figures Chuzhou published for 2013–2017', async () => {
    const report = (await get('/api/reports/disbursements?from=2013-01-01&to=2017-12-31&groupBy=type'))
      .body as DisbursementReport;
    const byType = Object.fromEntries(report.rows.map((row) => [row.type, row]));
    for (const type of ['hardship', 'medical', 'education'] as const) {
      expect(byType[type]).toMatchObject({
        persons: CHUZHOU_FIGURES[type].persons,
        amount: CHUZHOU_FIGURES[type].amount,
      });
    }
    expect(byType['legal']).toMatchObject({ persons: 111, personTimes: 111, amount: 21_300_000 });

    const legal = (await get('/api/reports/legal?from=2013-01-01&to=2017-12-31')).body as LegalReport;
    expect(legal.cases).toBe(111);
    expect(legal.recoveredAmount).toBe(1_271_600_000);
  });

  it('spreads the work over the 41 workstations of eight industry unions', async () => {
    const report = (await get('/api/reports/disbursements?from=2013-01-01&to=2017-12-31&groupBy=unit'))
      .body as DisbursementReport;
    expect(report.rows).toHaveLength(8);
    const [{ count }] = await app.server.app
      .get(DataSource)
      .query<{ count: number }[]>(`SELECT count(DISTINCT unit_id)::int AS count FROM aid_case`);
    expect(count).toBe(41);
  });

  it('leaves every fund, case and roll-up cell agreeing with the ledger', async () => {
    const admin = await app.adminToken();
    const check = (
      await request(app.http).get('/api/ledger/check').auth(admin, { type: 'bearer' }).expect(200)
    ).body as LedgerCheckView;
    expect(check.differences).toEqual([]);
    expect(check.cases).toBeGreaterThan(35_000);
  });

  it('loads once', async () => {
    await seedDemoHistory(app.server.app.get(DataSource));
    const [{ count }] = await app.server.app
      .get(DataSource)
      .query<{ count: number }[]>(`SELECT count(*)::int AS count FROM fund WHERE code LIKE 'UNION-201%'`);
    expect(count).toBe(5);
  });
});
