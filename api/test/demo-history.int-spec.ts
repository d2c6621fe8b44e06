import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  CASE_TYPES,
  todayInCenter,
  type DisbursementReport,
  type DisbursementReportRow,
  type LedgerCheckView,
  type LegalReport,
  type DueFollowUp,
  type FileListItem,
  type FileView,
  type Page,
  FILE_STATUSES,
  hardshipTier,
  relativeMultipleTenths,
} from '@worker-aid/shared/domain';
import { seedDemo } from '../src/demo/demo-seeder';
import { FESTIVAL_FIGURES } from '../src/demo/history/festival-campaigns';
import { CHUZHOU_FIGURES } from '../src/demo/history/history-plan';
import { LATER_FROM } from '../src/demo/history/later-years';
import { seedDemoHistory } from '../src/demo/history/seed-history';
import { seedDemoFiles } from '../src/demo/demo-files';
import { seedDemoStandards } from '../src/demo/demo-standards';
import { PASSWORD, TestApp } from './support/test-app';

describe("the demo's city history", () => {
  let app: TestApp;
  let manager: string;
  let schemaBefore: unknown[];
  // The moment of seeding: "today" is its day on the center's clock, whenever the tests run.
  const now = new Date();
  const today = todayInCenter(now);
  const thisYear = Number(today.slice(0, 4));
  const laterYears = Array.from({ length: thisYear - LATER_FROM + 1 }, (_, i) => LATER_FROM + i);

  beforeAll(async () => {
    app = await TestApp.start();
    const dataSource = app.server.app.get(DataSource);
    await seedDemo(dataSource, PASSWORD);
    schemaBefore = await schemaOf(dataSource);
    await seedDemoHistory(dataSource, now);
    await seedDemoStandards(app.server.app);
    await seedDemoFiles(app.server.app, now);
    manager = await app.login('manager');
  }, 420_000);
  afterAll(() => app.stop());

  const get = (path: string) => request(app.http).get(path).auth(manager, { type: 'bearer' }).expect(200);
  const byType = async (from: string, to: string): Promise<Record<string, DisbursementReportRow>> => {
    const report = (await get(`/api/reports/disbursements?from=${from}&to=${to}&groupBy=type`))
      .body as DisbursementReport;
    return Object.fromEntries(report.rows.map((row) => [row.type, row]));
  };
  const sql = <T>(query: string, parameters: unknown[] = []) =>
    app.server.app.get(DataSource).query<T[]>(query, parameters);

  it('reproduces the figures Chuzhou published for 2013–2017', async () => {
    const rows = await byType('2013-01-01', '2017-12-31');
    for (const type of ['hardship', 'medical', 'education'] as const) {
      expect(rows[type]).toMatchObject({
        persons: CHUZHOU_FIGURES[type].persons,
        amount: CHUZHOU_FIGURES[type].amount,
      });
    }
    expect(rows['legal']).toMatchObject({ persons: 111, personTimes: 111, amount: 21_300_000 });
    // 两节送温暖: ¥39,127,200 in 29,315 person-times.
    expect(rows['festival']).toMatchObject({
      personTimes: FESTIVAL_FIGURES.personTimes,
      amount: FESTIVAL_FIGURES.amount,
    });
    expect(rows['festival'].persons).toBeLessThan(FESTIVAL_FIGURES.personTimes);
    expect(Object.keys(rows)).toEqual([...CASE_TYPES, 'festival']);

    const legal = (await get('/api/reports/legal?from=2013-01-01&to=2017-12-31')).body as LegalReport;
    expect(legal.cases).toBe(111);
    expect(legal.recoveredAmount).toBe(1_271_600_000);
  });

  it('holds one festival campaign a year 2013–2017, closed, paid by the bank and in cash for what failed', async () => {
    const report = (
      await get('/api/reports/disbursements?from=2013-01-01&to=2017-12-31&groupBy=type,campaign')
    ).body as DisbursementReport;
    const festival = report.rows.filter((row) => row.type === 'festival');
    expect(festival.map((row) => row.campaignName)).toEqual(
      [2013, 2014, 2015, 2016, 2017].map((year) => `${year}年"两节"送温暖活动`),
    );
    expect(festival.reduce((sum, row) => sum + row.personTimes, 0)).toBe(FESTIVAL_FIGURES.personTimes);
    expect(report.rows.filter((row) => row.type !== 'festival').every((row) => !row.campaignId)).toBe(true);
    const batches = await sql<{ method: string; lines: number; failed: number }>(
      `SELECT b.method, count(*)::int AS lines, count(*) FILTER (WHERE bl.outcome = 'failed')::int AS failed
       FROM campaign_batch b JOIN campaign_batch_line bl ON bl.batch_id = b.id GROUP BY b.method ORDER BY 1`,
    );
    const bank = batches.find((b) => b.method === 'bank');
    const cash = batches.find((b) => b.method === 'cash');
    expect(bank?.failed).toBe(cash?.lines);
    expect(cash?.failed).toBe(0);
    const [lines] = await sql<{ paid: number; months: string[]; noFile: boolean; statuses: string[] }>(
      `SELECT count(*)::int AS paid, array_agg(DISTINCT to_char(paid_on, 'MM') ORDER BY to_char(paid_on, 'MM')) AS months,
              bool_and(file_id IS NULL) AS "noFile", array_agg(DISTINCT c.status) AS statuses
       FROM campaign_line l JOIN campaign c ON c.id = l.campaign_id WHERE l.status = 'paid'`,
    );
    expect(lines).toEqual({
      paid: FESTIVAL_FIGURES.personTimes,
      months: ['01', '02'],
      noFile: true,
      statuses: ['closed'],
    });
  });

  it('carries on from 2018 to today: every year has payments of every kind, on the scale of 2017', async () => {
    const before = await byType('2017-01-01', '2017-12-31');
    // The festival campaigns end with 2017: the years after are compared on the cases' aid.
    const total = (rows: Record<string, DisbursementReportRow>) =>
      CASE_TYPES.reduce((sum, type) => sum + (rows[type]?.amount ?? 0), 0);
    for (const year of laterYears) {
      const rows = await byType(`${year}-01-01`, `${year}-12-31`);
      expect(Object.values(rows).every((row) => row.personTimes > 0 && row.amount > 0)).toBe(true);
      if (year === thisYear) {
        expect(Object.keys(rows).length).toBeGreaterThan(0);
        continue;
      }
      expect(Object.keys(rows).sort()).toEqual([...CASE_TYPES].sort());
      for (const type of CASE_TYPES) {
        const ratio = rows[type].personTimes / before[type].personTimes;
        expect([year, type, ratio > 0.7 && ratio < 1.45]).toEqual([year, type, true]);
      }
      const ratio = total(rows) / total(before);
      expect([year, ratio > 0.8 && ratio < 1.6]).toEqual([year, true]);

      const legal = (await get(`/api/reports/legal?from=${year}-01-01&to=${year}-12-31`)).body as LegalReport;
      expect(legal.cases).toBeGreaterThan(20);
      expect(legal.recoveredAmount).toBeGreaterThan(0);
    }
  });

  it('counts workers helped in several years once over five years', async () => {
    const rows = await byType(`${thisYear - 4}-01-01`, `${thisYear}-12-31`);
    for (const type of ['hardship', 'medical', 'education'] as const) {
      expect(rows[type].persons).toBeLessThan(rows[type].personTimes);
    }
  });

  it('pays, logs and closes nothing after today', async () => {
    const tomorrow = new Date(now.getTime() + 86_400_000);
    const after = (
      await get(`/api/reports/disbursements?from=${todayInCenter(tomorrow)}&to=${thisYear + 1}-12-31`)
    ).body as DisbursementReport;
    expect(after.rows).toEqual([]);
    const [latest] = await sql<Record<string, boolean>>(
      `SELECT (SELECT max(paid_on) FROM disbursement) <= $1::date AS paid,
              (SELECT max(created_at) FROM disbursement) <= $2::timestamptz AS recorded,
              (SELECT max(updated_at) FROM aid_case) <= $2::timestamptz AS cases,
              (SELECT max(at) FROM case_event) <= $2::timestamptz AS events,
              (SELECT max(created_at) FROM fund) <= $2::timestamptz AS funds`,
      [today, now.toISOString()],
    );
    expect(latest).toEqual({ paid: true, recorded: true, cases: true, events: true, funds: true });
    // Cases paid in the last days are not closed yet; legal-aid ones have no outcome yet.
    const open = await sql<{ type: string; outcome: string | null; paid: string }>(
      `SELECT type, outcome, to_char(updated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS paid
       FROM aid_case WHERE status <> 'closed'`,
    );
    expect(open.every((c) => c.outcome === null && c.paid >= `${thisYear - 1}-11-01`)).toBe(true);
  });

  it('spreads the work over the 41 workstations of eight industry unions', async () => {
    const report = (await get('/api/reports/disbursements?from=2013-01-01&to=2017-12-31&groupBy=unit'))
      .body as DisbursementReport;
    expect(report.rows).toHaveLength(8);
    const [{ count }] = await sql<{ count: number }>(
      `SELECT count(DISTINCT unit_id)::int AS count FROM aid_case`,
    );
    expect(count).toBe(41);
  });

  it('leaves every fund, case and roll-up cell agreeing with the ledger, and no fund overdrawn', async () => {
    const admin = await app.adminToken();
    const check = (
      await request(app.http).get('/api/ledger/check').auth(admin, { type: 'bearer' }).expect(200)
    ).body as LedgerCheckView;
    expect(check.differences).toEqual([]);
    expect(check.cases).toBeGreaterThan(90_000);
    const [{ overdrawn }] = await sql<{ overdrawn: number }>(
      `SELECT count(*)::int AS overdrawn FROM fund WHERE disbursed > allocated`,
    );
    expect(overdrawn).toBe(0);
  });

  it('leaves every index and key as the migrations made them (they are rebuilt after the bulk load)', async () => {
    expect(schemaBefore.length).toBeGreaterThan(50);
    expect(await schemaOf(app.server.app.get(DataSource))).toEqual(schemaBefore);
  });

  it('loads once', async () => {
    await seedDemoHistory(app.server.app.get(DataSource));
    const [{ count }] = await sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM fund WHERE code LIKE 'UNION-%'`,
    );
    expect(count).toBe(thisYear - 2013 + 1);
  });

  it('files households in every state, tiers computed by the shared rule, reviews and follow-ups due', async () => {
    const statuses = await sql<{ status: string }>(`SELECT DISTINCT status FROM hardship_file`);
    expect(statuses.map((row) => row.status).sort()).toEqual([...FILE_STATUSES].sort());
    const [{ notEligible }] = await sql<{ notEligible: number }>(
      `SELECT count(*)::int AS "notEligible" FROM hardship_file WHERE status IN ('submitted', 'active') AND tier = 'none'`,
    );
    expect(notEligible).toBe(0);
    const [{ relapses }] = await sql<{ relapses: number }>(
      `SELECT count(*)::int AS relapses FROM hardship_file WHERE reopened_from_id IS NOT NULL`,
    );
    expect(relapses).toBeGreaterThan(0);
    const reviewDue = (await get('/api/files?reviewDue=true')).body as Page<FileListItem>;
    expect(reviewDue.items.length).toBeGreaterThan(0);
    const followUps = (await get('/api/follow-ups?due=true')).body as Page<DueFollowUp>;
    expect(followUps.items.length).toBeGreaterThan(0);
    for (const item of ((await get('/api/files?limit=20')).body as Page<FileListItem>).items) {
      const file = (await get(`/api/files/${item.id}`)).body as FileView;
      const standard = {
        povertyLine: file.standard.povertyLine,
        relativeMultipleTenths: relativeMultipleTenths(file.standard.relativeMultiple) ?? 0,
        suddenSharePercent: file.standard.suddenSharePercent,
      };
      expect(hardshipTier(file, standard)).toBe(file.tier);
    }
  });
});

/** The indexes and constraints of the tables, as their definitions. */
function schemaOf(dataSource: DataSource): Promise<unknown[]> {
  return dataSource.query(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition
     FROM pg_index JOIN pg_class ON pg_class.oid = indrelid
     WHERE relnamespace = 'public'::regnamespace
     UNION ALL
     SELECT conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid)
     FROM pg_constraint WHERE connamespace = 'public'::regnamespace
     ORDER BY 1, 2`,
  );
}
