import request from 'supertest';
import { DataSource } from 'typeorm';
import type {
  CaseView,
  DisbursementView,
  FundView,
  LedgerCheckView,
  Page,
  UnitView,
} from '@worker-aid/shared/domain';
import { todayInCenter } from '@worker-aid/shared/domain';
import { identityNumber } from './support/identity-numbers';
import { TestApp } from './support/test-app';

const MEDICAL = {
  hospital: '市第一人民医院',
  diagnosis: '白血病',
  totalCost: 5_000_000,
  insuranceReimbursed: 3_000_000,
  outOfPocket: 2_000_000,
};

describe('funds and disbursements', () => {
  let app: TestApp;
  let admin: string;
  let finance: string;
  let caseworker: string;
  let reviewer: string;
  let siblingFinance: string;
  let grass: UnitView;
  let otherIndustryId: string;
  let keyCounter = 0;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.adminToken();
    const center = await app.rootUnit(admin);
    const industry = await app.createUnit(admin, center.id, 'industry');
    const otherIndustry = await app.createUnit(admin, center.id, 'industry');
    grass = await app.createUnit(admin, industry.id, 'grassroots');
    otherIndustryId = otherIndustry.id;
    finance = (await app.tokenFor(admin, center.id, 'finance')).token;
    caseworker = (await app.tokenFor(admin, grass.id, 'caseworker')).token;
    reviewer = (await app.tokenFor(admin, industry.id, 'reviewer')).token;
    siblingFinance = (await app.tokenFor(admin, otherIndustry.id, 'finance')).token;
  });
  afterAll(() => app.stop());

  const as = (token: string) => ({
    get: (path: string) => request(app.http).get(path).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}) =>
      request(app.http).post(path).auth(token, { type: 'bearer' }).send(body),
  });
  const key = () => `pay-${Date.now()}-${++keyCounter}`;

  async function fund(amount: number): Promise<FundView> {
    const created = (
      await as(admin)
        .post('/api/funds', {
          code: `F${Date.now().toString(36)}${++keyCounter}`,
          name: '工会帮扶资金',
          source: 'union_budget',
        })
        .expect(201)
    ).body as FundView;
    if (amount > 0)
      await as(finance)
        .post(`/api/funds/${created.id}/allocations`, { amount, note: '年度下拨' })
        .expect(201);
    return (await as(finance).get(`/api/funds/${created.id}`).expect(200)).body as FundView;
  }

  async function approvedCase(approved: number): Promise<CaseView> {
    const worker = (
      await as(caseworker)
        .post('/api/workers', { name: '周志强', idNumber: identityNumber(), unitId: grass.id })
        .expect(201)
    ).body as { id: string };
    const c = (
      await as(caseworker)
        .post('/api/cases', {
          type: 'medical',
          workerId: worker.id,
          requestedAmount: approved,
          summary: '医疗救助',
          details: MEDICAL,
        })
        .expect(201)
    ).body as CaseView;
    await as(caseworker).post(`/api/cases/${c.id}/submit`).expect(200);
    return (await as(reviewer).post(`/api/cases/${c.id}/approve`, { approvedAmount: approved }).expect(200))
      .body as CaseView;
  }

  function pay(caseId: string, body: object, idempotencyKey: string | null = key(), token = finance) {
    const req = request(app.http).post(`/api/cases/${caseId}/disbursements`).auth(token, { type: 'bearer' });
    if (idempotencyKey) req.set('Idempotency-Key', idempotencyKey);
    return req.send(body);
  }

  const payment = (fundId: string, amount: number) => ({
    amount,
    fundId,
    method: 'bank',
    paidOn: todayInCenter(),
    reference: 'BANK-001',
  });

  async function ledgerIsClean(): Promise<void> {
    const check = (await as(admin).get('/api/ledger/check').expect(200)).body as LedgerCheckView;
    expect(check.differences).toEqual([]);
  }

  it('creates funds and allocates to them; only admins create, only finance and admins allocate', async () => {
    const f = await fund(10_000_000);
    expect(f).toMatchObject({
      allocated: 10_000_000,
      disbursed: 0,
      balance: 10_000_000,
      source: 'union_budget',
    });
    await as(finance).post('/api/funds', { code: 'NOPE', name: '无权', source: 'donation' }).expect(403);
    await as(caseworker).post(`/api/funds/${f.id}/allocations`, { amount: 100 }).expect(403);
    await as(finance).post(`/api/funds/${f.id}/allocations`, { amount: 10.5 }).expect(400);
    await as(finance).post(`/api/funds/${f.id}/allocations`, { amount: -100 }).expect(400);
    const zero = await as(finance).post(`/api/funds/${f.id}/allocations`, { amount: 0 }).expect(400);
    expect(zero.body.message).toEqual(['amount: must be a whole number of fen, more than zero']);
    await as(admin).post('/api/funds', { code: f.code, name: '重复', source: 'donation' }).expect(409);
    const list = (await as(caseworker).get('/api/funds').expect(200)).body as FundView[];
    expect(list).toEqual([]); // held by the center: outside a grassroots caseworker's subtree
  });

  it('pays an approved case in parts and marks it disbursed when fully paid', async () => {
    const f = await fund(10_000_000);
    const c = await approvedCase(3_000_000);
    const first = (await pay(c.id, payment(f.id, 1_000_000)).expect(201)).body as DisbursementView;
    expect(first).toMatchObject({
      amount: 1_000_000,
      caseNo: c.caseNo,
      fundId: f.id,
      method: 'bank',
      reversesId: null,
    });
    let current = (await as(caseworker).get(`/api/cases/${c.id}`).expect(200)).body as CaseView;
    expect(current).toMatchObject({ status: 'approved', disbursedAmount: 1_000_000 });
    await pay(c.id, payment(f.id, 2_000_001)).expect(409);
    await pay(c.id, payment(f.id, 2_000_000)).expect(201);
    current = (await as(caseworker).get(`/api/cases/${c.id}`).expect(200)).body as CaseView;
    expect(current).toMatchObject({ status: 'disbursed', disbursedAmount: 3_000_000 });
    await pay(c.id, payment(f.id, 1)).expect(409);
    expect(((await as(finance).get(`/api/funds/${f.id}`).expect(200)).body as FundView).balance).toBe(
      7_000_000,
    );
    const history = (await as(caseworker).get(`/api/cases/${c.id}/history`).expect(200)).body as {
      action: string;
      toStatus: string;
    }[];
    expect(history.slice(-2).map((h) => [h.action, h.toStatus])).toEqual([
      ['pay', 'approved'],
      ['pay', 'disbursed'],
    ]);
    await ledgerIsClean();
  });

  it('refuses payments that break a rule, writing nothing', async () => {
    const f = await fund(500_000);
    const c = await approvedCase(1_000_000);
    await pay(c.id, payment(f.id, 500_001)).expect(409); // beyond the fund's balance
    await pay(c.id, payment(f.id, 100), null).expect(400); // no Idempotency-Key
    await pay(c.id, { ...payment(f.id, 100), paidOn: '2999-01-01' }).expect(400);
    await pay(c.id, { ...payment(f.id, 100), method: 'cheque' }).expect(400);
    await pay(c.id, { ...payment(f.id, 100), amount: 1.5 }).expect(400);
    const zero = await pay(c.id, payment(f.id, 0)).expect(400);
    expect(zero.body.message).toEqual(['amount: must be a whole number of fen, more than zero']);
    await pay(c.id, payment(f.id, 100), key(), caseworker).expect(403);
    await pay(c.id, payment(f.id, 100), key(), siblingFinance).expect(404);
    const closedCase = await approvedCase(100_000);
    await as(caseworker).post(`/api/cases/${closedCase.id}/close`, {}).expect(200);
    await pay(closedCase.id, payment(f.id, 100)).expect(409); // closed
    // A payment entered later may be dated before the approval.
    await pay(c.id, { ...payment(f.id, 100), paidOn: '2020-01-15' }).expect(201);
    const rows = (await as(finance).get(`/api/cases/${c.id}/disbursements`).expect(200))
      .body as DisbursementView[];
    expect(rows.map((r) => r.amount)).toEqual([100]);
    await ledgerIsClean();
  });

  it('replays the first answer for the same Idempotency-Key and body; another body is a 409', async () => {
    const f = await fund(5_000_000);
    const c = await approvedCase(2_000_000);
    const k = key();
    const first = await pay(c.id, payment(f.id, 700_000), k).expect(201);
    const again = await pay(c.id, payment(f.id, 700_000), k).expect(201);
    expect(again.body).toEqual(first.body);
    await pay(c.id, payment(f.id, 800_000), k).expect(409);
    const rows = (await as(finance).get(`/api/cases/${c.id}/disbursements`).expect(200))
      .body as DisbursementView[];
    expect(rows).toHaveLength(1);
  });

  it('reverses a bounced payment with a compensating entry; totals follow', async () => {
    const f = await fund(5_000_000);
    const c = await approvedCase(1_000_000);
    const paid = (await pay(c.id, payment(f.id, 1_000_000)).expect(201)).body as DisbursementView;
    expect(((await as(caseworker).get(`/api/cases/${c.id}`)).body as CaseView).status).toBe('disbursed');
    await as(finance).post(`/api/disbursements/${paid.id}/reversal`, {}).expect(400);
    const reversal = (
      await as(finance)
        .post(`/api/disbursements/${paid.id}/reversal`, { reason: '银行退票：账号有误' })
        .expect(201)
    ).body as DisbursementView;
    expect(reversal).toMatchObject({
      amount: -1_000_000,
      reversesId: paid.id,
      reason: '银行退票：账号有误',
      paidOn: paid.paidOn,
    });
    await as(finance).post(`/api/disbursements/${paid.id}/reversal`, { reason: 'again' }).expect(409);
    await as(finance).post(`/api/disbursements/${reversal.id}/reversal`, { reason: 'again' }).expect(409);
    const current = (await as(caseworker).get(`/api/cases/${c.id}`).expect(200)).body as CaseView;
    expect(current).toMatchObject({ status: 'approved', disbursedAmount: 0 });
    expect(((await as(finance).get(`/api/funds/${f.id}`)).body as FundView).balance).toBe(5_000_000);
    const rows = (await as(finance).get(`/api/cases/${c.id}/disbursements`).expect(200))
      .body as DisbursementView[];
    expect(rows.map((r) => [r.amount, r.reversedById])).toEqual([
      [1_000_000, reversal.id],
      [-1_000_000, null],
    ]);
    await pay(c.id, payment(f.id, 1_000_000)).expect(201);
    await ledgerIsClean();
  });

  it('keeps the ledger append-only and the balance non-negative in the database itself', async () => {
    const dataSource = app.server.app.get(DataSource);
    await expect(dataSource.query('UPDATE disbursement SET amount = amount')).rejects.toThrow(/append-only/);
    await expect(dataSource.query('DELETE FROM fund_allocation')).rejects.toThrow(/append-only/);
    const f = await fund(100);
    await expect(dataSource.query('UPDATE fund SET disbursed = 101 WHERE id = $1', [f.id])).rejects.toThrow(
      /fund_balance_check/,
    );
  });

  it('lists payments with filters and keyset paging', async () => {
    const f = await fund(1_000_000);
    const c = await approvedCase(300_000);
    for (const amount of [100_000, 100_000, 100_000]) await pay(c.id, payment(f.id, amount)).expect(201);
    const first = (await as(finance).get(`/api/disbursements?fundId=${f.id}&limit=2`).expect(200))
      .body as Page<DisbursementView>;
    const second = (
      await as(finance)
        .get(`/api/disbursements?fundId=${f.id}&limit=2&cursor=${first.nextCursor}`)
        .expect(200)
    ).body as Page<DisbursementView>;
    expect([...first.items, ...second.items]).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const none = (await as(finance).get(`/api/disbursements?fundId=${f.id}&to=2000-01-01`).expect(200))
      .body as Page<DisbursementView>;
    expect(none.items).toHaveLength(0);
    const inUnit = (await as(finance).get(`/api/disbursements?fundId=${f.id}&unitId=${grass.id}`).expect(200))
      .body as Page<DisbursementView>;
    expect(inUnit.items).toHaveLength(3);
    const elsewhere = (
      await as(admin).get(`/api/disbursements?fundId=${f.id}&unitId=${otherIndustryId}`).expect(200)
    ).body as Page<DisbursementView>;
    expect(elsewhere.items).toHaveLength(0);
  });

  describe('under concurrency', () => {
    it('never overpays one case: 30 simultaneous payments of a fifth of it', async () => {
      const f = await fund(100_000_000);
      const c = await approvedCase(1_000_000);
      const answers = await Promise.all(Array.from({ length: 30 }, () => pay(c.id, payment(f.id, 200_000))));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(5);
      expect(statuses.filter((s) => s === 409)).toHaveLength(25);
      const current = (await as(caseworker).get(`/api/cases/${c.id}`).expect(200)).body as CaseView;
      expect(current).toMatchObject({ status: 'disbursed', disbursedAmount: 1_000_000 });
      await ledgerIsClean();
    });

    it('never overdraws one fund paying many cases at once', async () => {
      const f = await fund(1_000_000);
      const cases = await Promise.all(Array.from({ length: 6 }, () => approvedCase(300_000)));
      const answers = await Promise.all(
        cases.flatMap((c) => [pay(c.id, payment(f.id, 150_000)), pay(c.id, payment(f.id, 150_000))]),
      );
      expect(answers.filter((a) => a.status === 201)).toHaveLength(6); // 6 × 150,000 = 900,000 ≤ 1,000,000 < 7 × 150,000
      expect(answers.filter((a) => a.status === 409)).toHaveLength(6);
      const after = (await as(finance).get(`/api/funds/${f.id}`).expect(200)).body as FundView;
      expect(after).toMatchObject({ disbursed: 900_000, balance: 100_000 });
      await ledgerIsClean();
    });

    it('pays once for one Idempotency-Key sent many times at once', async () => {
      const f = await fund(10_000_000);
      const c = await approvedCase(1_000_000);
      const k = key();
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => pay(c.id, payment(f.id, 250_000), k)),
      );
      expect(answers.every((a) => a.status === 201)).toBe(true);
      expect(new Set(answers.map((a) => (a.body as DisbursementView).id)).size).toBe(1);
      const rows = (await as(finance).get(`/api/cases/${c.id}/disbursements`).expect(200))
        .body as DisbursementView[];
      expect(rows).toHaveLength(1);
      await ledgerIsClean();
    });
  });
});
