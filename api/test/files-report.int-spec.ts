import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  todayInCenter,
  type FileHardshipCause,
  type FilesReport,
  type FileTier,
  type FileView,
  type FollowUpResult,
  type UnitView,
  type WorkerView,
} from '@worker-aid/shared/domain';
import { identityNumber } from './support/identity-numbers';
import { invalidField, refused } from './support/refused';
import { TestApp } from './support/test-app';

type Member = Record<string, unknown>;
const member = (monthlyIncome: number, extra: Member = {}): Member => ({
  name: '孙建国',
  relation: 'self',
  birthYear: 1970,
  health: 'healthy',
  work: 'unemployed',
  monthlyIncome,
  ...extra,
});
const spouse = (monthlyIncome: number): Member => ({
  ...member(monthlyIncome),
  name: '钱秀英',
  relation: 'spouse',
});
const child = (): Member => ({
  ...member(0),
  name: '孙小明',
  relation: 'child',
  birthYear: 2012,
  work: 'student',
});

/** The report with every tier and cause at zero but those given. */
function expected(
  figures: Omit<FilesReport, 'byTier' | 'byCause'>,
  tiers: Partial<Record<FileTier, [files: number, members: number]>> = {},
  causes: Partial<Record<FileHardshipCause, number>> = {},
): FilesReport {
  const allCauses: FileHardshipCause[] = [
    'illness',
    'disability',
    'schooling',
    'disaster',
    'accident',
    'unemployment',
    'low_income',
    'enterprise_difficulty',
    'single_parent',
    'other',
  ];
  return {
    ...figures,
    byTier: (['deep', 'relative', 'sudden'] as const).map((tier) => ({
      tier,
      files: tiers[tier]?.[0] ?? 0,
      members: tiers[tier]?.[1] ?? 0,
    })),
    byCause: allCauses.map((cause) => ({ cause, files: causes[cause] ?? 0 })),
  };
}

/**
 * center → industry A (standard ¥720 inherited by its stations A1 and A2) and its sibling
 * industry B. Files are made and moved through their life over HTTP; their days (approval,
 * exit, follow-up visit) are then set in 2024 and 2025 so that the report's day can be chosen:
 *
 * | file | unit | life                       | active since | closed on  | household, tier, cause |
 * |------|------|----------------------------|--------------|------------|------------------------|
 * | F1   | A1   | active                     | 2025-02-01   |            | 1, deep, illness       |
 * | F2   | A1   | active                     | 2025-06-15   |            | 2, relative, low income|
 * | F3   | A2   | active                     | 2025-01-10   |            | 1, sudden, accident    |
 * | F4   | A1   | exit, relapse 2025-11-20   | 2025-03-01   | 2025-09-30 | 3, deep, unemployment  |
 * | F7   | A1   | exit, visit w/o relapse    | 2024-05-01   | 2024-12-31 | 1, deep, illness       |
 * | F8   | A1   | exit (deceased)            | 2024-06-01   | 2025-01-20 | 1, deep, illness       |
 * | F9   | A1   | review found no tier       | 2025-04-01   | 2025-10-15 | 1, none, illness       |
 * | —    | A1   | a draft, a submitted file, F4's reopened draft: never in the files           |
 */
describe('files report (GET /api/reports/files)', () => {
  let app: TestApp;
  let admin: string;
  let industryA: UnitView;
  let stationA1: UnitView;
  let stationA2: UnitView;
  let caseworker: string;
  let reviewer: string;
  let centerManager: string;
  let managerA: string;
  let managerB: string;

  const as = (token: string) => ({
    post: (path: string, body: object = {}) =>
      request(app.http).post(path).auth(token, { type: 'bearer' }).send(body),
    get: (path: string, query: Record<string, string> = {}) =>
      request(app.http).get(path).query(query).auth(token, { type: 'bearer' }),
  });

  async function sql(text: string, parameters: unknown[]): Promise<void> {
    await app.server.app.get(DataSource).query(text, parameters);
  }

  async function draft(unitId: string, household: Record<string, unknown>): Promise<FileView> {
    const worker = (
      await as(admin).post('/api/workers', { name: '孙建国', idNumber: identityNumber(), unitId }).expect(201)
    ).body as WorkerView;
    return (
      await as(caseworker)
        .post('/api/files', {
          workerId: worker.id,
          monthlyRigidExpenses: 0,
          mainCause: 'illness',
          ...household,
        })
        .expect(201)
    ).body as FileView;
  }

  async function active(
    unitId: string,
    household: Record<string, unknown>,
    since: string,
  ): Promise<FileView> {
    const file = await draft(unitId, household);
    await as(caseworker).post(`/api/files/${file.id}/submit`).expect(200);
    await as(reviewer).post(`/api/files/${file.id}/approve`).expect(200);
    await sql('UPDATE hardship_file SET active_since = $2 WHERE id = $1', [file.id, since]);
    return file;
  }

  async function closedOn(file: FileView, day: string): Promise<void> {
    await sql('UPDATE hardship_file SET closed_on = $2 WHERE id = $1', [file.id, day]);
  }

  async function visitedOn(file: FileView, relapsed: boolean, day: string): Promise<FollowUpResult> {
    const visit = (
      await as(caseworker)
        .post(`/api/files/${file.id}/follow-ups`, { visitedOn: todayInCenter(), relapsed })
        .expect(200)
    ).body as FollowUpResult;
    await sql('UPDATE file_follow_up SET done_on = $2 WHERE file_id = $1 AND done_on IS NOT NULL', [
      file.id,
      day,
    ]);
    return visit;
  }

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.adminToken();
    const center = await app.rootUnit(admin);
    industryA = await app.createUnit(admin, center.id, 'industry');
    const industryB = await app.createUnit(admin, center.id, 'industry');
    stationA1 = await app.createUnit(admin, industryA.id, 'grassroots');
    stationA2 = await app.createUnit(admin, industryA.id, 'grassroots');
    caseworker = (await app.tokenFor(admin, industryA.id, 'caseworker')).token;
    reviewer = (await app.tokenFor(admin, industryA.id, 'reviewer')).token;
    centerManager = (await app.tokenFor(admin, center.id, 'manager')).token;
    managerA = (await app.tokenFor(admin, industryA.id, 'manager')).token;
    managerB = (await app.tokenFor(admin, industryB.id, 'manager')).token;
    await request(app.http)
      .put('/api/standards')
      .auth(admin, { type: 'bearer' })
      .send({ unitId: industryA.id, effectiveFrom: '2020-01-01', povertyLine: 72_000 })
      .expect(200);

    await active(stationA1.id, { members: [member(10_000)] }, '2025-02-01');
    await active(
      stationA1.id,
      { members: [member(200_000), spouse(0)], monthlyRigidExpenses: 20_000, mainCause: 'low_income' },
      '2025-06-15',
    );
    await active(
      stationA2.id,
      { members: [member(300_000)], suddenExpenses12m: 3_000_000, mainCause: 'accident' },
      '2025-01-10',
    );

    const f4 = await active(
      stationA1.id,
      { members: [member(10_000), spouse(0), child()], mainCause: 'unemployment' },
      '2025-03-01',
    );
    await as(caseworker).post(`/api/files/${f4.id}/exit`, { reason: 'reemployed' }).expect(200);
    const relapse = await visitedOn(f4, true, '2025-11-20');
    expect(relapse.reopenedFileId).toBeTruthy();
    await closedOn(f4, '2025-09-30');

    const f7 = await active(stationA1.id, { members: [member(10_000)] }, '2024-05-01');
    await as(caseworker).post(`/api/files/${f7.id}/exit`, { reason: 'moved_away' }).expect(200);
    await visitedOn(f7, false, '2025-04-01');
    await closedOn(f7, '2024-12-31');

    const f8 = await active(stationA1.id, { members: [member(10_000)] }, '2024-06-01');
    await as(caseworker).post(`/api/files/${f8.id}/exit`, { reason: 'deceased' }).expect(200);
    await closedOn(f8, '2025-01-20');

    const f9 = await active(stationA1.id, { members: [member(10_000)] }, '2025-04-01');
    const reviewed = (
      await as(caseworker)
        .post(`/api/files/${f9.id}/review`, {
          members: [member(900_000)],
          monthlyRigidExpenses: 0,
          mainCause: 'illness',
        })
        .expect(200)
    ).body as FileView;
    expect(reviewed).toMatchObject({ status: 'closed', tier: 'none' });
    await closedOn(f9, '2025-10-15');

    await draft(stationA1.id, { members: [member(10_000)] });
    const submitted = await draft(stationA1.id, { members: [member(10_000)] });
    await as(caseworker).post(`/api/files/${submitted.id}/submit`).expect(200);
  });
  afterAll(() => app.stop());

  const report = async (token: string, query: Record<string, string>): Promise<FilesReport> =>
    (await as(token).get('/api/reports/files', query).expect(200)).body as FilesReport;

  it('counts the files on the day, their people by tier, causes, and the exits and relapses of its year', async () => {
    expect(await report(centerManager, { on: '2025-12-31' })).toEqual(
      expected(
        { active: 3, members: 4, closedThisYear: 3, relapsedThisYear: 1 },
        { deep: [1, 1], relative: [1, 2], sudden: [1, 1] },
        { illness: 1, low_income: 1, accident: 1 },
      ),
    );
    // F4 and F9 were still in the files; F9's household is in no tier now, so no tier row counts it.
    expect(await report(centerManager, { on: '2025-06-14' })).toEqual(
      expected(
        { active: 4, members: 6, closedThisYear: 1, relapsedThisYear: 0 },
        { deep: [2, 4], sudden: [1, 1] },
        { illness: 2, accident: 1, unemployment: 1 },
      ),
    );
  });

  it('takes a file in from its approval day, and out on the day it is closed', async () => {
    const active = async (on: string) => (await report(centerManager, { on })).active;
    expect(await active('2025-06-15')).toBe(5);
    expect(await active('2025-09-29')).toBe(5);
    expect(await active('2025-09-30')).toBe(4);
    expect(await active('2025-01-19')).toBe(2);
    expect(await active('2025-01-20')).toBe(1);
    const yearEnd2024 = await report(centerManager, { on: '2024-12-31' });
    expect(yearEnd2024).toMatchObject({ active: 1, members: 1, closedThisYear: 1, relapsedThisYear: 0 });
    expect((await report(centerManager, { on: '2025-01-19' })).closedThisYear).toBe(0);
    expect((await report(centerManager, { on: '2025-01-20' })).closedThisYear).toBe(1);
    expect((await report(centerManager, { on: '2025-11-19' })).relapsedThisYear).toBe(0);
    expect((await report(centerManager, { on: '2025-11-20' })).relapsedThisYear).toBe(1);
  });

  it('counts on today in the center by default', async () => {
    const byDefault = await report(centerManager, {});
    expect(byDefault).toEqual(await report(centerManager, { on: todayInCenter() }));
    expect(byDefault).toMatchObject({ active: 3, members: 4 });
  });

  it("narrows to a unit's subtree; a sibling sees zeros, and 404 for a unit outside its scope", async () => {
    expect(await report(centerManager, { on: '2025-12-31', unitId: stationA1.id })).toEqual(
      expected(
        { active: 2, members: 3, closedThisYear: 3, relapsedThisYear: 1 },
        { deep: [1, 1], relative: [1, 2] },
        { illness: 1, low_income: 1 },
      ),
    );
    expect(await report(managerA, { on: '2025-12-31', unitId: stationA2.id })).toEqual(
      expected(
        { active: 1, members: 1, closedThisYear: 0, relapsedThisYear: 0 },
        { sudden: [1, 1] },
        { accident: 1 },
      ),
    );
    expect(await report(managerA, { on: '2025-12-31' })).toEqual(
      await report(centerManager, { on: '2025-12-31' }),
    );
    expect(await report(managerB, { on: '2025-12-31' })).toEqual(
      expected({ active: 0, members: 0, closedThisYear: 0, relapsedThisYear: 0 }),
    );
    await refused(as(managerB).get('/api/reports/files', { unitId: stationA1.id }), 'unit.not_found');
    await refused(
      as(managerA).get('/api/reports/files', { unitId: (await app.rootUnit(admin)).id }),
      'unit.not_found',
    );
  });

  it('is for the roles that read reports: 403 for the others', async () => {
    await refused(as(caseworker).get('/api/reports/files'), 'auth.forbidden');
    await refused(as(reviewer).get('/api/reports/files'), 'auth.forbidden');
    for (const role of ['finance', 'auditor'] as const) {
      const { token } = await app.tokenFor(admin, industryA.id, role);
      await as(token).get('/api/reports/files').expect(200);
    }
  });

  it('refuses a bad day or unit with 400 naming the field', async () => {
    await invalidField(as(centerManager).get('/api/reports/files', { on: '2025-02-30' }), 'on', 'date');
    await invalidField(as(centerManager).get('/api/reports/files', { on: '20250101' }), 'on', 'format');
    await invalidField(as(centerManager).get('/api/reports/files', { unitId: 'nope' }), 'unitId', 'uuid');
    await invalidField(as(centerManager).get('/api/reports/files', { format: 'pdf' }), 'format', 'one_of');
  });

  const download = (token: string, query: Record<string, string>) =>
    as(token)
      .get('/api/reports/files', query)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('exports XLSX with Chinese headings: the figures, the tiers and the causes as numbers', async () => {
    const file = await download(centerManager, { on: '2025-12-31', unitId: stationA1.id, format: 'xlsx' })
      .expect(200)
      .expect('Content-Type', /spreadsheetml/)
      .expect(
        'Content-Disposition',
        /attachment; filename="files-report-.+-2025-12-31\.xlsx"; filename\*=UTF-8''/,
      );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const rows = Array.from({ length: sheet.rowCount }, (_, i) =>
      (sheet.getRow(i + 1).values as unknown[]).slice(1),
    );
    expect(rows[0]?.[0]).toBe('困难职工档案统计表');
    expect(rows.slice(1, 4)).toEqual([
      ['统计单位', stationA1.name],
      ['统计日期', '2025-12-31'],
      ['本年累计期间', '2025-01-01 至 2025-12-31'],
    ]);
    const after = (heading: string, count: number) => {
      const at = rows.findIndex((row) => row[0] === heading);
      return rows.slice(at, at + 1 + count);
    };
    expect(after('项目', 4)).toEqual([
      ['项目', '数量'],
      ['在档户数', 2],
      ['覆盖家庭人口', 3],
      ['本年退出档案(户)', 3],
      ['本年回访返困(户)', 1],
    ]);
    expect(after('困难类别', 3)).toEqual([
      ['困难类别', '户数', '人数'],
      ['深度困难', 1, 1],
      ['相对困难', 1, 2],
      ['意外致困', 0, 0],
    ]);
    const causes = after('主要致困原因', 10);
    expect(causes[0]).toEqual(['主要致困原因', '户数']);
    expect(causes.slice(1).map((row) => row[0])).toEqual([
      '因病',
      '因残',
      '因学',
      '因灾',
      '因意外',
      '失业',
      '收入低',
      '企业困难',
      '单亲',
      '其他',
    ]);
    expect(causes[1]).toEqual(['因病', 1]);
    expect(causes[7]).toEqual(['收入低', 1]);
  });

  it('exports CSV in English when asked, and never writes a cell that is a formula', async () => {
    await sql('UPDATE unit SET name = $2 WHERE id = $1', [stationA2.id, '=HYPERLINK("http://x")']);
    const response = await as(centerManager)
      .get('/api/reports/files', { on: '2025-12-31', unitId: stationA2.id, format: 'csv' })
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    expect(response.text.startsWith('\uFEFF')).toBe(true);
    const records = parse(response.text.slice(1), { relax_column_count: true }) as string[][];
    expect(records[0]).toEqual(['Hardship files report']);
    expect(records[1]).toEqual(['Unit', `'=HYPERLINK("http://x")`]);
    const at = (heading: string) => records.findIndex((record) => record[0] === heading);
    expect(records.slice(at('Figure'), at('Figure') + 5)).toEqual([
      ['Figure', 'Count'],
      ['Active files', '1'],
      ['People covered', '1'],
      ['Files closed this year', '0'],
      ['Relapses found this year', '0'],
    ]);
    expect(records.slice(at('Tier'), at('Tier') + 4)).toEqual([
      ['Tier', 'Files', 'People'],
      ['Deep hardship', '0', '0'],
      ['Relative hardship', '0', '0'],
      ['Sudden hardship', '1', '1'],
    ]);
    expect(records[at('Main cause of hardship') + 5]).toEqual(['Accident', '1']);
  });
});
