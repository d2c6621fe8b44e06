import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  AID_TYPES,
  CAMPAIGN_KIND_AID_TYPE,
  CASE_TYPES,
  parseYuan,
  type AidType,
  type CampaignKind,
  type CaseType,
  type CaseView,
  type DisbursementReport,
  type DisbursementView,
  type FundView,
  type LedgerCheckView,
  type LegalReport,
  type ReportGroup,
  type UnitView,
} from '@worker-aid/shared/domain';
import { DisbursementRollupService } from '@worker-aid/api/funds';
import { seededRandom } from '../src/demo/history/seeded-random';
import { identityNumber } from './support/identity-numbers';
import { TestApp } from './support/test-app';

const DETAILS: Record<CaseType, object> = {
  hardship: { cause: 'illness', householdSize: 3, monthlyHouseholdIncome: 150_000 },
  medical: {
    hospital: '滁州市第一人民医院',
    diagnosis: '尿毒症',
    totalCost: 8_000_000,
    insuranceReimbursed: 5_000_000,
    outOfPocket: 3_000_000,
  },
  education: {
    childName: '王小明',
    school: '安徽大学',
    level: 'university',
    schoolYear: '2024-2025',
    tuition: 560_000,
  },
  legal: { disputeKind: 'wage_arrears', opposingParty: '某建筑公司', amountClaimed: 5_000_000 },
};

/** A payment as the test made it, for the independent computation. */
interface Paid {
  id: string;
  workerId: string;
  unitPath: string;
  type: AidType;
  fundId: string;
  paidOn: string;
  amount: number;
  reversed: boolean;
  /** The campaign that paid it; absent for a case's payment. */
  campaignId?: string;
}

/**
 * Test-only: a campaign of `kind` paying `lines` straight into the ledger in SQL (campaign, roster
 * lines, ledger rows, the fund's draw-down), standing in for the batches' results, which the
 * reports do not depend on. The caller rebuilds the roll-up afterwards.
 */
async function insertCampaignPayments(
  dataSource: DataSource,
  campaign: { kind: CampaignKind; name: string; unitId: string; fundId: string; createdBy: string },
  lines: { workerId: string; unitId: string; amount: number; paidOn: string; reversed: boolean }[],
): Promise<{ campaignId: string; paymentIds: string[] }> {
  return dataSource.transaction(async (manager) => {
    const [{ id: campaignId }] = await manager.query<{ id: string }[]>(
      `INSERT INTO campaign (name, kind, year, status, unit_id, fund_id, eligibility, amounts, approved_by, approved_at, created_by)
       VALUES ($1, $2, 2024, 'approved', $3, $4, '{"tiers":["deep"]}', '[]', $5, now(), $5) RETURNING id`,
      [campaign.name, campaign.kind, campaign.unitId, campaign.fundId, campaign.createdBy],
    );
    const paymentIds: string[] = [];
    for (const [i, line] of lines.entries()) {
      const [{ id: lineId }] = await manager.query<{ id: string }[]>(
        `INSERT INTO campaign_line (campaign_id, line_no, worker_id, unit_id, tier, migrant_worker, standard_amount, amount, status)
         VALUES ($1, $2, $3, $4, 'deep', false, $5, $5, 'unpaid') RETURNING id`,
        [campaignId, i + 1, line.workerId, line.unitId, line.amount],
      );
      const pay = async (amount: number, reversesId: string | null) => {
        const [{ id }] = await manager.query<{ id: string }[]>(
          `INSERT INTO disbursement (case_type, campaign_id, campaign_line_id, worker_id, unit_id, fund_id, amount,
                                     method, paid_on, reverses_id, reason, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'bank', $8, $9, $10, $11) RETURNING id`,
          [
            CAMPAIGN_KIND_AID_TYPE[campaign.kind],
            campaignId,
            lineId,
            line.workerId,
            line.unitId,
            campaign.fundId,
            amount,
            line.paidOn,
            reversesId,
            reversesId ? '账户已销户，退回' : null,
            campaign.createdBy,
          ],
        );
        return id;
      };
      const paid = await pay(line.amount, null);
      paymentIds.push(paid);
      if (line.reversed) await pay(-line.amount, paid);
      const net = line.reversed ? 0 : line.amount;
      await manager.query(
        `UPDATE campaign_line SET status = $2, payment_id = $3, paid_on = $4 WHERE id = $1`,
        [
          lineId,
          line.reversed ? 'unpaid' : 'paid',
          line.reversed ? null : paid,
          line.reversed ? null : line.paidOn,
        ],
      );
      await manager.query(`UPDATE fund SET disbursed = disbursed + $2 WHERE id = $1`, [campaign.fundId, net]);
    }
    return { campaignId, paymentIds };
  });
}

interface Query {
  from?: string;
  to?: string;
  unit: UnitView;
  groupBy: ReportGroup[];
}

/** Materialised unit paths, as the API keeps them: `/<center>/<industry>/<station>/`. */
const paths = new Map<string, string>();
const pathOf = (unit: UnitView): string => {
  const path = `${unit.parentId ? (paths.get(unit.parentId) ?? '') : '/'}${unit.id}/`;
  paths.set(unit.id, path);
  return path;
};

/** The report computed the plain way, from the payments the test itself made. */
function expectedReport(payments: Paid[], query: Query): DisbursementReport {
  const inScope = payments.filter(
    (p) =>
      !p.reversed &&
      p.unitPath.startsWith(pathOf(query.unit)) &&
      (!query.from || p.paidOn >= query.from) &&
      (!query.to || p.paidOn <= query.to),
  );
  const groups = new Map<
    string,
    { key: Record<string, string>; workers: Set<string>; times: number; amount: number }
  >();
  for (const p of inScope) {
    const below = p.unitPath.slice(pathOf(query.unit).length).split('/')[0];
    const key: Record<string, string> = {};
    if (query.groupBy.includes('type')) key['type'] = p.type;
    if (query.groupBy.includes('unit')) key['unitId'] = below || query.unit.id;
    if (query.groupBy.includes('month')) key['month'] = p.paidOn.slice(0, 7);
    if (query.groupBy.includes('fund')) key['fundId'] = p.fundId;
    if (query.groupBy.includes('campaign') && p.campaignId) key['campaignId'] = p.campaignId;
    const name = JSON.stringify(key);
    const group = groups.get(name) ?? { key, workers: new Set<string>(), times: 0, amount: 0 };
    group.workers.add(p.workerId);
    group.times += 1;
    group.amount += p.amount;
    groups.set(name, group);
  }
  return {
    rows: [...groups.values()].map((g) => ({
      ...g.key,
      persons: g.workers.size,
      personTimes: g.times,
      amount: g.amount,
    })),
    totals: {
      persons: new Set(inScope.map((p) => p.workerId)).size,
      personTimes: inScope.length,
      amount: inScope.reduce((sum, p) => sum + p.amount, 0),
    },
  };
}

/** Rows keyed by their groups, names left out, for comparing regardless of order. */
function comparable(report: DisbursementReport) {
  const rows = report.rows.map(({ unitName: _u, fundName: _f, campaignName: _c, ...row }) => row);
  const key = (row: object) => JSON.stringify(row);
  return { rows: rows.sort((a, b) => key(a).localeCompare(key(b))), totals: report.totals };
}

describe('reports', () => {
  // A fixed seed keeps CI reproducible; REPORT_TEST_SEED=random (or a number) tries other data,
  // and every failed comparison names the seed that replays it.
  const seedSetting = process.env['REPORT_TEST_SEED'];
  const seed = seedSetting === 'random' ? Date.now() % 100_000 : Number(seedSetting ?? 2017);
  const random = seededRandom(seed);
  let app: TestApp;
  let admin: string;
  let finance: string;
  let reviewer: string;
  let centerManager: string;
  let industryManager: string;
  let center: UnitView;
  let industryA: UnitView;
  let industryB: UnitView;
  let stationA1: UnitView;
  const units: UnitView[] = [];
  const caseworkers = new Map<string, string>();
  const funds: FundView[] = [];
  const payments: Paid[] = [];
  const registered: { id: string; unit: UnitView }[] = [];
  const campaignNames = new Map<string, string>();
  let keyCounter = 0;

  const as = (token: string) => ({
    get: (path: string) => request(app.http).get(path).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}, headers: Record<string, string> = {}) =>
      request(app.http).post(path).auth(token, { type: 'bearer' }).set(headers).send(body),
  });

  function day(): string {
    const month = random.int(1, 24);
    const year = 2024 + Math.floor((month - 1) / 12);
    const monthOfYear = ((month - 1) % 12) + 1;
    return `${year}-${String(monthOfYear).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  }

  async function approvedCase(unit: UnitView, workerId: string, type: CaseType, amount: number) {
    const caseworker = caseworkers.get(unit.id) as string;
    const created = (
      await as(caseworker)
        .post('/api/cases', {
          type,
          workerId,
          requestedAmount: amount,
          summary: '帮扶',
          details: DETAILS[type],
        })
        .expect(201)
    ).body as CaseView;
    await as(caseworker).post(`/api/cases/${created.id}/submit`).expect(200);
    return (
      await as(reviewer).post(`/api/cases/${created.id}/approve`, { approvedAmount: amount }).expect(200)
    ).body as CaseView;
  }

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.adminToken();
    center = await app.rootUnit(admin);
    pathOf(center);
    industryA = await app.createUnit(admin, center.id, 'industry');
    industryB = await app.createUnit(admin, center.id, 'industry');
    stationA1 = await app.createUnit(admin, industryA.id, 'grassroots');
    const stationA2 = await app.createUnit(admin, industryA.id, 'grassroots');
    const stationB1 = await app.createUnit(admin, industryB.id, 'grassroots');
    [industryA, industryB, stationA1, stationA2, stationB1].forEach(pathOf);
    // Industry A holds cases of its own too, so its report has a row for itself.
    units.push(stationA1, stationA2, stationB1, industryA);
    for (const unit of units)
      caseworkers.set(unit.id, (await app.tokenFor(admin, unit.id, 'caseworker')).token);
    finance = (await app.tokenFor(admin, center.id, 'finance')).token;
    reviewer = (await app.tokenFor(admin, center.id, 'reviewer')).token;
    centerManager = (await app.tokenFor(admin, center.id, 'manager')).token;
    industryManager = (await app.tokenFor(admin, industryA.id, 'manager')).token;
    for (const code of ['RPT-UNION', 'RPT-LOTTERY']) {
      const fund = (
        await as(admin)
          .post('/api/funds', { code, name: `资金 ${code}`, source: 'union_budget' })
          .expect(201)
      ).body as FundView;
      await as(finance).post(`/api/funds/${fund.id}/allocations`, { amount: 1_000_000_000 }).expect(201);
      funds.push(fund);
    }

    // Workers with several cases and several payments each, some of them reversed.
    for (let w = 0; w < 14; w += 1) {
      const unit = random.pick(units);
      const worker = (
        await as(caseworkers.get(unit.id) as string)
          .post('/api/workers', { name: `职工${w}`, idNumber: identityNumber(), unitId: unit.id })
          .expect(201)
      ).body as { id: string };
      registered.push({ id: worker.id, unit });
      for (let c = random.int(1, 3); c > 0; c -= 1) {
        const type = random.pick(CASE_TYPES);
        const aidCase = await approvedCase(unit, worker.id, type, 5_000_000);
        for (let p = random.int(1, 3); p > 0; p -= 1) {
          const fund = random.pick(funds);
          const paidOn = day();
          const amount = random.int(1, 1_500_000);
          const paid = (
            await as(finance)
              .post(
                `/api/cases/${aidCase.id}/disbursements`,
                { amount, fundId: fund.id, method: 'bank', paidOn },
                { 'Idempotency-Key': `rpt-${++keyCounter}` },
              )
              .expect(201)
          ).body as DisbursementView;
          const record: Paid = {
            id: paid.id,
            workerId: worker.id,
            unitPath: pathOf(unit),
            type,
            fundId: fund.id,
            paidOn,
            amount,
            reversed: false,
          };
          payments.push(record);
          if (random.chance(0.2)) {
            await as(finance)
              .post(`/api/disbursements/${paid.id}/reversal`, { reason: '账户信息有误，退回' })
              .expect(201);
            record.reversed = true;
          }
        }
      }
    }

    // Campaigns' payments (school aid counts as education), some workers in several, one reversed.
    const dataSource = app.server.app.get(DataSource);
    const [{ id: adminId }] = await dataSource.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE username = 'admin'`,
    );
    const kinds: CampaignKind[] = ['festival', 'festival', 'summer', 'other', 'school'];
    for (const [n, kind] of kinds.entries()) {
      const fund = random.pick(funds);
      const name = `${2024 + (n % 2)}年专项活动${n}`;
      const lines = random.sample(registered, random.int(3, 8)).map((worker) => ({
        workerId: worker.id,
        unitId: worker.unit.id,
        amount: random.int(1, 20) * 10_000,
        paidOn: day(),
        reversed: random.chance(0.15),
      }));
      const made = await insertCampaignPayments(
        dataSource,
        { kind, name, unitId: center.id, fundId: fund.id, createdBy: adminId },
        lines,
      );
      campaignNames.set(made.campaignId, name);
      lines.forEach((line, i) =>
        payments.push({
          id: made.paymentIds[i],
          workerId: line.workerId,
          unitPath: pathOf(registered.find((w) => w.id === line.workerId)?.unit as UnitView),
          type: CAMPAIGN_KIND_AID_TYPE[kind],
          fundId: fund.id,
          paidOn: line.paidOn,
          amount: line.amount,
          reversed: line.reversed,
          campaignId: made.campaignId,
        }),
      );
    }
    await new DisbursementRollupService().rebuild(dataSource.manager);
  }, 120_000);
  afterAll(() => app.stop());

  const report = (token: string, query: Partial<Query>) => {
    const params = new URLSearchParams();
    if (query.from) params.set('from', query.from);
    if (query.to) params.set('to', query.to);
    if (query.unit) params.set('unitId', query.unit.id);
    params.set('groupBy', (query.groupBy ?? []).join(','));
    return as(token).get(`/api/reports/disbursements?${params.toString()}`);
  };

  it('matches an independent computation for every grouping, period and unit', async () => {
    const groupings: ReportGroup[][] = [
      [],
      ['type'],
      ['unit'],
      ['month'],
      ['fund'],
      ['type', 'month'],
      ['unit', 'type'],
      ['type', 'unit', 'month', 'fund'],
      ['campaign'],
      ['type', 'campaign'],
      ['unit', 'campaign', 'month'],
      ['type', 'unit', 'month', 'fund', 'campaign'],
    ];
    const periods: { from?: string; to?: string }[] = [
      {},
      { from: '2024-01-01', to: '2025-12-31' },
      { from: '2024-03-15', to: '2025-02-10' },
      { from: '2024-05-03', to: '2024-05-20' },
      { from: '2024-11-20', to: '2025-01-05' },
      { from: '2025-06-16' },
      { to: '2024-08-09' },
    ];
    for (const unit of [center, industryA, stationA1])
      for (const groupBy of groupings)
        for (const period of periods) {
          const query = { ...period, unit, groupBy };
          const answer = (await report(centerManager, query).expect(200)).body as DisbursementReport;
          expect({ query: { seed, ...period, unit: unit.code, groupBy }, ...comparable(answer) }).toEqual({
            query: { seed, ...period, unit: unit.code, groupBy },
            ...comparable(expectedReport(payments, query)),
          });
        }
  });

  it("counts a campaign's payments under its aid type, in the order of the aid types", async () => {
    const answer = (await report(centerManager, { groupBy: ['type'] }).expect(200))
      .body as DisbursementReport;
    const types = answer.rows.map((row) => row.type as AidType);
    expect(types).toEqual([...types].sort((a, b) => AID_TYPES.indexOf(a) - AID_TYPES.indexOf(b)));
    expect(types).toEqual(expect.arrayContaining(['festival', 'summer', 'other_campaign', 'education']));
    const standing = payments.filter((p) => !p.reversed && p.type === 'festival');
    expect(answer.rows.find((row) => row.type === 'festival')).toEqual({
      type: 'festival',
      persons: new Set(standing.map((p) => p.workerId)).size,
      personTimes: standing.length,
      amount: standing.reduce((sum, p) => sum + p.amount, 0),
    });
  });

  it("groups by campaign: each campaign's name, and the cases' payments as a row without one", async () => {
    const answer = (await report(centerManager, { groupBy: ['campaign'] }).expect(200))
      .body as DisbursementReport;
    const [cases, ...campaigns] = answer.rows;
    expect(cases.campaignId).toBeUndefined();
    expect(cases.personTimes).toBe(payments.filter((p) => !p.campaignId && !p.reversed).length);
    expect(campaigns.map((row) => row.campaignName)).toEqual(
      campaigns.map((row) => campaignNames.get(row.campaignId as string)),
    );
    expect(campaigns.length).toBe(campaignNames.size);
    const csv = await as(centerManager)
      .get('/api/reports/disbursements?groupBy=type,campaign&format=csv&lang=zh-CN')
      .expect(200);
    const records = parse(csv.text.slice(1), { relax_column_count: true }) as string[][];
    expect(records).toContainEqual(['帮扶类型', '专项活动', '人数', '人次', '金额（元）']);
    const names = [...campaignNames.values()];
    const festival = records.filter((r) => r[0] === '两节送温暖');
    expect(festival.length).toBeGreaterThan(0);
    expect(festival.every((r) => names.includes(r[1]))).toBe(true);
    const hardship = records.filter((r) => r[0] === '生活救助');
    expect(hardship.every((r) => r[1] === '个案救助')).toBe(true);
  });

  it('names the units and funds of its rows, and covers each child unit with its subtree', async () => {
    const answer = (await report(centerManager, { groupBy: ['unit', 'fund'] }).expect(200))
      .body as DisbursementReport;
    for (const row of answer.rows) {
      expect([industryA.id, industryB.id]).toContain(row.unitId);
      expect(row.unitName).toBe(row.unitId === industryA.id ? industryA.name : industryB.name);
      expect(row.fundName).toBe(funds.find((f) => f.id === row.fundId)?.name);
    }
  });

  it("reports on the caller's own subtree only", async () => {
    const own = (await report(industryManager, { groupBy: ['type'] }).expect(200)).body as DisbursementReport;
    expect(comparable(own)).toEqual(
      comparable(expectedReport(payments, { unit: industryA, groupBy: ['type'] })),
    );
    await report(industryManager, { unit: industryB }).expect(404);
    await report(industryManager, { unit: center }).expect(404);
    await report(caseworkers.get(stationA1.id) as string, {}).expect(403);
    await report(reviewer, {}).expect(403);
    await report(finance, {}).expect(200);
  });

  it('refuses a bad query with a 400 that names the field', async () => {
    const bad = async (query: string, field: string) => {
      const response = await as(centerManager).get(`/api/reports/disbursements?${query}`).expect(400);
      expect(JSON.stringify(response.body)).toContain(field);
    };
    await bad('groupBy=type,colour', 'groupBy');
    await bad('groupBy=type,type', 'groupBy');
    await bad('from=2025-02-30', 'from');
    await bad('from=2025-03-01&to=2025-02-01', 'to');
    await bad('unitId=nope', 'unitId');
    await bad('format=pdf', 'format');
  });

  it('keeps the roll-up equal to the ledger, and the ledger check notices when it is not', async () => {
    const clean = (await as(admin).get('/api/ledger/check').expect(200)).body as LedgerCheckView;
    expect(clean.differences).toEqual([]);
    expect(clean.rollupCells).toBeGreaterThan(0);
    const dataSource = app.server.app.get(DataSource);
    await dataSource.query(
      `UPDATE disbursement_rollup SET amount = amount + 1 WHERE ctid = (SELECT ctid FROM disbursement_rollup LIMIT 1)`,
    );
    const broken = (await as(admin).get('/api/ledger/check').expect(200)).body as LedgerCheckView;
    expect(broken.differences).toEqual([expect.objectContaining({ entity: 'rollup', field: 'amount' })]);
    await new DisbursementRollupService().rebuild(dataSource.manager);
    const rebuilt = (await as(admin).get('/api/ledger/check').expect(200)).body as LedgerCheckView;
    expect(rebuilt.differences).toEqual([]);
  });

  it("exports XLSX with headings in the user's language, amounts in yuan and a totals row", async () => {
    const query = {
      from: '2024-01-01',
      to: '2025-12-31',
      unit: industryA,
      groupBy: ['unit', 'type'] as ReportGroup[],
    };
    const expected = expectedReport(payments, query);
    const file = await as(centerManager)
      .get(
        `/api/reports/disbursements?from=${query.from}&to=${query.to}&unitId=${industryA.id}&groupBy=unit,type&format=xlsx`,
      )
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('Content-Type', /spreadsheetml/)
      .expect('Content-Disposition', /attachment; filename=".+\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)[0]).toBe('资金发放统计表');
    expect(values(2)).toEqual(['统计单位', industryA.name]);
    expect(values(3)).toEqual(['统计期间', '2024-01-01 至 2025-12-31']);
    expect(values(6)).toEqual(['单位', '帮扶类型', '人数', '人次', '金额（元）']);
    const body = Array.from({ length: sheet.rowCount - 6 }, (_, i) => values(7 + i));
    const totals = body[body.length - 1];
    expect(totals[0]).toBe('合计');
    expect(totals.slice(2, 4)).toEqual([expected.totals.persons, expected.totals.personTimes]);
    expect(Math.round((totals[4] as number) * 100)).toBe(expected.totals.amount);
    expect(body.length - 1).toBe(expected.rows.length);
    const sum = body.slice(0, -1).reduce((total, row) => total + Math.round((row[4] as number) * 100), 0);
    expect(sum).toBe(expected.totals.amount);
    expect(sheet.getRow(7).getCell(5).numFmt).toBe('#,##0.00');
  });

  it('exports CSV in English when asked, with amounts in yuan to two decimals', async () => {
    const response = await as(centerManager)
      .get('/api/reports/disbursements?groupBy=type&format=csv')
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    const text = response.text;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const records = parse(text.slice(1), { relax_column_count: true }) as string[][];
    expect(records[0]).toEqual(['Disbursement report']);
    const header = records.findIndex((r) => r[0] === 'Aid type');
    expect(records[header]).toEqual(['Aid type', 'Persons', 'Person-times', 'Amount (yuan)']);
    const expected = expectedReport(payments, { unit: center, groupBy: ['type'] });
    const totals = records[records.length - 1];
    expect(totals[0]).toBe('Total');
    expect(totals[3]).toMatch(/^[\d,]+\.\d\d$/);
    expect(parseYuan(totals[3])).toBe(expected.totals.amount);
    expect(Number(totals[1])).toBe(expected.totals.persons);
    const zh = await as(centerManager).get('/api/reports/disbursements?groupBy=type&format=csv&lang=zh-CN');
    expect(zh.text).toContain('资金发放统计表');
  });

  it('reports legal aid taken on, closed, and losses recovered by dispute kind', async () => {
    const unit = stationA1;
    const caseworker = caseworkers.get(unit.id) as string;
    const worker = (
      await as(caseworker)
        .post('/api/workers', { name: '维权职工', idNumber: identityNumber(), unitId: unit.id })
        .expect(201)
    ).body as { id: string };
    const before = (await as(centerManager).get('/api/reports/legal').expect(200)).body as LegalReport;
    const open = async (disputeKind: string) => {
      const created = (
        await as(caseworker)
          .post('/api/cases', {
            type: 'legal',
            workerId: worker.id,
            requestedAmount: 100_000,
            summary: '讨薪',
            details: { ...DETAILS.legal, disputeKind },
          })
          .expect(201)
      ).body as CaseView;
      await as(caseworker).post(`/api/cases/${created.id}/submit`).expect(200);
      await as(reviewer).post(`/api/cases/${created.id}/approve`, { approvedAmount: 100_000 }).expect(200);
      return created.id;
    };
    const wage = await open('wage_arrears');
    const injury = await open('work_injury');
    await open('wage_arrears');
    await as(caseworker)
      .post(`/api/cases/${wage}/close`, { outcome: 'settled', recoveredAmount: 4_200_000 })
      .expect(200);
    await as(caseworker)
      .post(`/api/cases/${injury}/close`, { outcome: 'won', recoveredAmount: 1_000_050 })
      .expect(200);
    const draft = await as(caseworker).post('/api/cases', {
      type: 'legal',
      workerId: worker.id,
      requestedAmount: 100_000,
      summary: '草稿不计',
      details: DETAILS.legal,
    });
    expect(draft.status).toBe(201);

    const after = (await as(centerManager).get('/api/reports/legal').expect(200)).body as LegalReport;
    expect(after.cases - before.cases).toBe(3);
    expect(after.closed - before.closed).toBe(2);
    expect(after.recoveredAmount - before.recoveredAmount).toBe(5_200_050);
    const wageRow = after.byDisputeKind.find((k) => k.disputeKind === 'wage_arrears');
    const beforeWage = before.byDisputeKind.find((k) => k.disputeKind === 'wage_arrears');
    expect((wageRow?.cases ?? 0) - (beforeWage?.cases ?? 0)).toBe(2);
    expect((wageRow?.recoveredAmount ?? 0) - (beforeWage?.recoveredAmount ?? 0)).toBe(4_200_000);

    const sibling = (await as(industryManager).get(`/api/reports/legal?unitId=${industryB.id}`)).status;
    expect(sibling).toBe(404);
    const future = (await as(centerManager).get('/api/reports/legal?from=2099-01-01').expect(200))
      .body as LegalReport;
    expect(future).toEqual({ cases: 0, closed: 0, recoveredAmount: 0, byDisputeKind: [] });
  });
});
