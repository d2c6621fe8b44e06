import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  dayDaysAfter,
  todayInCenter,
  type BankLayout,
  type BatchLineView,
  type BatchResultsAnswer,
  type BatchView,
  type DisbursementView,
  type FundView,
  type LedgerCheckView,
  type Page,
} from '@worker-aid/shared/domain';
import {
  approvedCampaign,
  batchWorld,
  fundWith,
  type BatchWorld,
  type SeededCampaign,
} from './support/batch-world';
import { multipartBody } from './support/documents';
import { invalidField, refused } from './support/refused';
import { TestApp } from './support/test-app';

const YUAN_800 = 80_000;

describe('campaign batches: bank files, results, receipts, and the ledger', () => {
  let app: TestApp;
  let world: BatchWorld;
  let fund: FundView;
  let db: DataSource;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await batchWorld(app);
    fund = await fundWith(world, 100_000_000);
    db = app.server.app.get(DataSource);
  });
  afterAll(() => app.stop());

  const as = (token: string) => ({
    get: (path: string) => request(app.http).get(path).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}) =>
      request(app.http).post(path).auth(token, { type: 'bearer' }).send(body),
    put: (path: string, body: object = {}) =>
      request(app.http).put(path).auth(token, { type: 'bearer' }).send(body),
  });
  const lines = (n: number, hasAccount = true, amount = YUAN_800) =>
    Array.from({ length: n }, () => ({ amount, hasAccount }));

  async function batch(campaign: SeededCampaign, body: object): Promise<BatchView> {
    return (await as(world.finance).post(`/api/campaigns/${campaign.id}/batches`, body).expect(201))
      .body as BatchView;
  }
  async function results(batchId: string, body: object): Promise<BatchResultsAnswer> {
    return (await as(world.finance).post(`/api/batches/${batchId}/results`, body).expect(200))
      .body as BatchResultsAnswer;
  }
  async function ledgerIsClean(): Promise<void> {
    const check = (await as(world.admin).get('/api/ledger/check').expect(200)).body as LedgerCheckView;
    expect(check.differences).toEqual([]);
  }
  async function paymentsOf(lineIds: string[]): Promise<number> {
    const [row] = await db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM disbursement WHERE campaign_line_id = ANY($1::uuid[]) AND amount > 0',
      [lineIds],
    );
    return row?.n ?? 0;
  }
  async function lineStatus(lineId: string): Promise<{ status: string; failure: string | null }> {
    const [row] = await db.query<{ status: string; failure: string | null }[]>(
      'SELECT status, failure FROM campaign_line WHERE id = $1',
      [lineId],
    );
    if (!row) throw new Error('no line');
    return row;
  }

  it('makes a bank batch of the unpaid lines whose workers have accounts, numbered within the campaign', async () => {
    const campaign = await approvedCampaign(world, fund, [...lines(3), ...lines(2, false)]);
    const made = await batch(campaign, { method: 'bank' });
    expect(made).toMatchObject({
      number: 1,
      lines: 3,
      amount: 3 * YUAN_800,
      status: 'open',
      pendingLines: 3,
      method: 'bank',
    });
    expect((await lineStatus(campaign.lines[0]?.id ?? '')).status).toBe('in_batch');
    expect((await lineStatus(campaign.lines[4]?.id ?? '')).status).toBe('unpaid');
    const cash = await batch(campaign, { method: 'cash' });
    expect(cash).toMatchObject({ number: 2, lines: 2 });
    const listed = (await as(world.finance).get(`/api/campaigns/${campaign.id}/batches`).expect(200))
      .body as BatchView[];
    expect(listed.map((b) => b.number)).toEqual([1, 2]);
    expect((await as(world.finance).get(`/api/batches/${made.id}`).expect(200)).body).toEqual(made);
    const first = (await as(world.finance).get(`/api/batches/${made.id}/lines?limit=2`).expect(200))
      .body as Page<BatchLineView>;
    expect(first.items.map((l) => l.lineNo)).toEqual([1, 2]);
    expect(first.items[0]).toMatchObject({ outcome: 'pending', batchAmount: YUAN_800, status: 'in_batch' });
    expect(first.items[0]?.bankAccount).toMatch(/\*\*\*\*/);
    const rest = (
      await as(world.finance)
        .get(`/api/batches/${made.id}/lines?limit=2&cursor=${first.nextCursor}`)
        .expect(200)
    ).body as Page<BatchLineView>;
    expect(rest).toMatchObject({ nextCursor: null });
    expect(rest.items.map((l) => l.lineNo)).toEqual([3]);
    await refused(
      as(world.finance).post(`/api/campaigns/${campaign.id}/batches`, { method: 'cash' }),
      'batch.no_lines',
    );
  });

  it('refuses a campaign not approved or in notice, lines taken, lines without accounts, and strangers', async () => {
    const submitted = await approvedCampaign(world, fund, lines(1), { status: 'submitted' });
    await refused(
      as(world.finance).post(`/api/campaigns/${submitted.id}/batches`, { method: 'bank' }),
      'campaign.not_approved',
    );
    const noticed = await approvedCampaign(world, fund, lines(1), { noticeEndsOn: todayInCenter() });
    await refused(
      as(world.finance).post(`/api/campaigns/${noticed.id}/batches`, { method: 'bank' }),
      'campaign.in_notice',
    );
    const noticeOver = await approvedCampaign(world, fund, lines(1), {
      noticeEndsOn: dayDaysAfter(todayInCenter(), -1),
    });
    await batch(noticeOver, { method: 'bank' });

    const campaign = await approvedCampaign(world, fund, [...lines(2), ...lines(1, false)]);
    const [a, b, noAccount] = campaign.lines;
    await batch(campaign, { method: 'bank', lineIds: [a?.id] });
    const taken = await refused(
      as(world.finance).post(`/api/campaigns/${campaign.id}/batches`, {
        method: 'cash',
        lineIds: [a?.id, b?.id],
      }),
      'batch.line_taken',
    );
    expect(taken['lineIds']).toEqual([a?.id]);
    const without = await refused(
      as(world.finance).post(`/api/campaigns/${campaign.id}/batches`, {
        method: 'bank',
        lineIds: [b?.id, noAccount?.id],
      }),
      'batch.no_account',
    );
    expect(without['lineIds']).toEqual([noAccount?.id]);
    const other = await approvedCampaign(world, fund, lines(1));
    await refused(
      as(world.finance).post(`/api/campaigns/${campaign.id}/batches`, {
        method: 'cash',
        lineIds: [other.lines[0]?.id],
      }),
      'campaign.line_not_found',
    );
    await refused(
      as(world.finance).post(`/api/campaigns/${campaign.id}/batches`, {
        method: 'bank',
        layoutId: '00000000-0000-4000-8000-000000000000',
      }),
      'bank_layout.not_found',
    );
    await invalidField(
      as(world.finance).post(`/api/campaigns/${campaign.id}/batches`, { method: 'by_pigeon' }),
      'method',
      'one_of',
    );
    const sibling = await app.createUnit(world.admin, world.center.id, 'industry');
    const stranger = (await app.tokenFor(world.admin, sibling.id, 'finance')).token;
    await refused(
      as(stranger).post(`/api/campaigns/${campaign.id}/batches`, { method: 'cash' }),
      'campaign.not_found',
    );
    const own = (await as(world.finance).get(`/api/campaigns/${campaign.id}/batches`).expect(200))
      .body as BatchView[];
    await refused(as(stranger).get(`/api/batches/${own[0]?.id}`), 'batch.not_found');
  });

  it('writes the payroll file with full accounts and yuan amounts, for finance only, audited and counted', async () => {
    const campaign = await approvedCampaign(
      world,
      fund,
      [...lines(2), { amount: 123_405, hasAccount: true }],
      {
        name: '=HYPERLINK("http://evil")',
      },
    );
    const made = await batch(campaign, { method: 'bank' });
    const xlsx = await as(world.finance)
      .get(`/api/batches/${made.id}/bank-file?format=xlsx`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(xlsx.headers['content-disposition']).toMatch(/attachment; filename="batch-1-payroll.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const values = (row: number) => (sheet?.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['序号', '户名', '账号', '金额', '用途']);
    expect(values(2)).toEqual([
      '1',
      expect.stringMatching(/^职工/),
      campaign.lines[0]?.account,
      '800.00',
      `'=HYPERLINK("http://evil")`,
    ]);
    expect(values(4)?.[3]).toBe('1234.05');

    const csv = await as(world.finance).get(`/api/batches/${made.id}/bank-file?format=csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const text = csv.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`${campaign.lines[1]?.account},800.00`);

    for (const role of ['caseworker', 'manager', 'reviewer', 'auditor'] as const) {
      const token = (await app.tokenFor(world.admin, world.center.id, role)).token;
      await refused(as(token).get(`/api/batches/${made.id}/bank-file`), 'auth.forbidden');
    }
    const after = (await as(world.finance).get(`/api/batches/${made.id}`).expect(200)).body as BatchView;
    expect(after.bankFileDownloads).toBe(2);
    const audited = await db.query<{ detail: { lines: number; format: string } }[]>(
      `SELECT detail FROM audit_entry WHERE action = 'batch.bank_file' AND entity_id = $1 ORDER BY id`,
      [made.id],
    );
    expect(audited.map((a) => a.detail)).toEqual([
      expect.objectContaining({ lines: 3, format: 'xlsx' }),
      expect.objectContaining({ lines: 3, format: 'csv' }),
    ]);
    const cash = await batch(await approvedCampaign(world, fund, lines(1)), { method: 'cash' });
    await refused(as(world.finance).get(`/api/batches/${cash.id}/bank-file`), 'batch.method');
  });

  it('pays results once: paid lines become payments, failed lines unpaid with their failure, refusals line by line', async () => {
    const before = (await as(world.finance).get(`/api/funds/${fund.id}`).expect(200)).body as FundView;
    const campaign = await approvedCampaign(world, fund, lines(4));
    const other = await approvedCampaign(world, fund, lines(1));
    const made = await batch(campaign, { method: 'bank' });
    const [a, b, c, d] = campaign.lines.map((l) => l.id);
    const answer = await results(made.id, {
      results: [
        { lineId: a, paid: true },
        { lineId: b, paid: true, amount: YUAN_800 },
        { lineId: c, paid: false, failure: '账户已销户' },
        { lineId: d, paid: true, amount: 1 },
        { lineId: a, paid: true },
        { lineId: other.lines[0]?.id, paid: true },
        { lineId: '00000000-0000-4000-8000-000000000001', paid: true },
      ],
    });
    expect(answer).toMatchObject({ paid: 2, paidAmount: 2 * YUAN_800, failed: 1, alreadyPaid: 0 });
    expect(answer.refused.map((r) => [r.lineId, r.code])).toEqual([
      [a, 'line.duplicate'],
      [d, 'line.amount_differs'],
      [other.lines[0]?.id, 'line.not_in_batch'],
      ['00000000-0000-4000-8000-000000000001', 'line.unknown'],
    ]);
    expect(answer.batch).toMatchObject({ status: 'open', paidLines: 2, failedLines: 1, pendingLines: 1 });
    expect(await lineStatus(c ?? '')).toEqual({ status: 'unpaid', failure: '账户已销户' });
    expect((await lineStatus(a ?? '')).status).toBe('paid');

    const again = await results(made.id, {
      results: [
        { lineId: a, paid: true },
        { lineId: b, paid: true },
        { lineId: d, paid: true },
      ],
    });
    expect(again).toMatchObject({ paid: 1, alreadyPaid: 2, refused: [] });
    expect(again.batch.status).toBe('done');
    expect(await paymentsOf([a ?? '', b ?? '', d ?? ''])).toBe(3);

    const after = (await as(world.finance).get(`/api/funds/${fund.id}`).expect(200)).body as FundView;
    expect(after.disbursed - before.disbursed).toBe(3 * YUAN_800);
    const page = (await as(world.finance).get('/api/disbursements?limit=5').expect(200))
      .body as Page<DisbursementView>;
    expect(page.items[0]).toMatchObject({
      caseId: null,
      caseNo: null,
      caseStatus: null,
      campaignId: campaign.id,
      campaignName: campaign.name,
    });
    const [row] = await db.query<{ case_type: string }[]>(
      'SELECT case_type FROM disbursement WHERE campaign_line_id = $1',
      [a],
    );
    expect(row?.case_type).toBe('festival');
    await ledgerIsClean();
  });

  it('puts a line in one batch only when two batches are made at once', async () => {
    const campaign = await approvedCampaign(world, fund, lines(5));
    const [one, two] = await Promise.all([
      as(world.finance).post(`/api/campaigns/${campaign.id}/batches`, { method: 'cash' }),
      as(world.finance).post(`/api/campaigns/${campaign.id}/batches`, { method: 'cash' }),
    ]);
    expect([one.status, two.status].sort()).toEqual([201, 409]);
    expect([one.body, two.body]).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'batch.no_lines' })]),
    );
    const [pending] = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM campaign_batch_line bl JOIN campaign_line cl ON cl.id = bl.line_id
       WHERE cl.campaign_id = $1 AND bl.outcome = 'pending'`,
      [campaign.id],
    );
    expect(pending?.n).toBe(5);
  });

  it('pays each line once when the same results arrive twice at once', async () => {
    const campaign = await approvedCampaign(world, fund, lines(12));
    const made = await batch(campaign, { method: 'bank' });
    const body = { results: campaign.lines.map((l) => ({ lineId: l.id, paid: true })) };
    const [one, two] = await Promise.all([results(made.id, body), results(made.id, body)]);
    expect(one.paid + two.paid).toBe(12);
    expect(one.alreadyPaid + two.alreadyPaid).toBe(12);
    expect(await paymentsOf(campaign.lines.map((l) => l.id))).toBe(12);
    await ledgerIsClean();
  });

  it('never takes a fund below zero: a batch larger than the balance is refused whole', async () => {
    const small = await fundWith(world, 2 * YUAN_800);
    const campaign = await approvedCampaign(world, small, lines(3));
    const made = await batch(campaign, { method: 'bank' });
    await refused(
      as(world.finance).post(`/api/batches/${made.id}/results`, {
        results: campaign.lines.map((l) => ({ lineId: l.id, paid: true })),
      }),
      'fund.insufficient',
    );
    expect(await paymentsOf(campaign.lines.map((l) => l.id))).toBe(0);
    const still = (await as(world.finance).get(`/api/batches/${made.id}`).expect(200)).body as BatchView;
    expect(still).toMatchObject({ pendingLines: 3, paidLines: 0, status: 'open' });
    expect((await as(world.finance).get(`/api/funds/${small.id}`).expect(200)).body).toMatchObject({
      disbursed: 0,
    });
    expect(
      await results(made.id, {
        results: campaign.lines.slice(0, 2).map((l) => ({ lineId: l.id, paid: true })),
      }),
    ).toMatchObject({ paid: 2 });
    await ledgerIsClean();
  });

  it('pays failed lines in a follow-up batch, signed for in cash', async () => {
    const campaign = await approvedCampaign(world, fund, lines(3));
    const first = await batch(campaign, { method: 'bank' });
    const [a, b, c] = campaign.lines.map((l) => l.id);
    await results(first.id, {
      results: [
        { lineId: a, paid: true },
        { lineId: b, paid: false, failure: '户名不符' },
        { lineId: c, paid: false, failure: '账号错误' },
      ],
    });
    const followUp = await batch(campaign, { method: 'cash' });
    expect(followUp).toMatchObject({ number: 2, lines: 2 });
    await invalidField(
      as(world.finance).post(`/api/batches/${followUp.id}/receipts`, {
        lineIds: [b],
        receivedOn: dayDaysAfter(todayInCenter(), 1),
      }),
      'receivedOn',
      'not_future',
    );
    await refused(
      as(world.finance).post(`/api/batches/${first.id}/receipts`, {
        lineIds: [a],
        receivedOn: todayInCenter(),
      }),
      'batch.method',
    );
    const received = (
      await as(world.finance)
        .post(`/api/batches/${followUp.id}/receipts`, { lineIds: [b, c], receivedOn: todayInCenter() })
        .expect(200)
    ).body as BatchResultsAnswer;
    expect(received).toMatchObject({ paid: 2, paidAmount: 2 * YUAN_800 });
    expect(received.batch.status).toBe('done');
    const methods = await db.query<{ method: string }[]>(
      'SELECT method FROM disbursement WHERE campaign_line_id = ANY($1::uuid[]) ORDER BY method',
      [[a, b, c]],
    );
    expect(methods.map((m) => m.method)).toEqual(['bank', 'cash', 'cash']);
    await ledgerIsClean();
  });

  it('reverses a campaign payment: the line is unpaid again with the reason, and the ledger stays clean', async () => {
    const campaign = await approvedCampaign(world, fund, lines(2));
    const made = await batch(campaign, { method: 'bank' });
    const [a] = campaign.lines.map((l) => l.id);
    await results(made.id, { results: campaign.lines.map((l) => ({ lineId: l.id, paid: true })) });
    const [payment] = await db.query<{ id: string }[]>(
      'SELECT id FROM disbursement WHERE campaign_line_id = $1',
      [a],
    );
    const reversal = (
      await as(world.finance)
        .post(`/api/disbursements/${payment?.id}/reversal`, { reason: '银行退票' })
        .expect(201)
    ).body as DisbursementView;
    expect(reversal).toMatchObject({ amount: -YUAN_800, campaignId: campaign.id, caseId: null });
    expect(await lineStatus(a ?? '')).toEqual({ status: 'unpaid', failure: 'reversed: 银行退票' });
    const [batchLine] = await db.query<{ outcome: string }[]>(
      'SELECT outcome FROM campaign_batch_line WHERE line_id = $1',
      [a],
    );
    expect(batchLine?.outcome).toBe('reversed');
    await refused(
      as(world.finance).post(`/api/disbursements/${payment?.id}/reversal`, { reason: '再次' }),
      'payment.already_reversed',
    );
    await ledgerIsClean();
    const again = await batch(campaign, { method: 'cash' });
    expect(again.lines).toBe(1);
    await as(world.finance)
      .post(`/api/batches/${again.id}/receipts`, { lineIds: [a], receivedOn: todayInCenter() })
      .expect(200);
    expect((await lineStatus(a ?? '')).status).toBe('paid');
    await ledgerIsClean();
  });

  it("reads the bank's result file with the layout's headings", async () => {
    const campaign = await approvedCampaign(world, fund, lines(3));
    const made = await batch(campaign, { method: 'bank' });
    const upload = (rows: unknown[][]) => {
      const { contentType, body } = multipartBody([
        {
          name: 'file',
          fileName: '回盘.csv',
          bytes: Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}`, 'utf8'),
        },
      ]);
      return request(app.http)
        .post(`/api/batches/${made.id}/results`)
        .auth(world.finance, { type: 'bearer' })
        .set('Content-Type', contentType)
        .send(body);
    };
    const missing = await refused(
      upload([
        ['序号', '结果'],
        [1, '成功'],
      ]),
      'batch.result_file',
    );
    expect(missing['missing']).toEqual(['状态']);
    const answer = (
      await upload([
        ['序号', '户名', '金额', '状态', '失败原因'],
        [1, '职工', '800.00', '成功', ''],
        [2, '职工', '800.00', '失败', '账户冻结'],
        [3, '职工', '900.00', '成功', ''],
        [99, '职工', '800.00', '成功', ''],
      ]).expect(200)
    ).body as BatchResultsAnswer;
    expect(answer).toMatchObject({ paid: 1, failed: 1 });
    expect(answer.refused.map((r) => [r.row, r.code])).toEqual([
      [4, 'line.amount_differs'],
      [5, 'line.unknown'],
    ]);
    expect(await lineStatus(campaign.lines[1]?.id ?? '')).toEqual({ status: 'unpaid', failure: '账户冻结' });
    await ledgerIsClean();
  });

  it('keeps banks’ layouts: administrators set them, finance reads them, a batch writes its bank’s order', async () => {
    const layout = {
      bankName: `农商行${Date.now()}`,
      columns: [
        { field: 'account', heading: '收款账号' },
        { field: 'name', heading: '收款人' },
        { field: 'amount', heading: '金额（元）' },
      ],
      resultColumns: { lineRef: '序号', status: '处理结果', reason: '备注', paidValue: '成功' },
    };
    await invalidField(
      as(world.admin).post('/api/bank-layouts', { ...layout, columns: layout.columns.slice(1) }),
      'columns',
      'format',
    );
    await invalidField(
      as(world.admin).post('/api/bank-layouts', {
        ...layout,
        columns: [...layout.columns, { field: 'purpose', heading: '收款人' }],
      }),
      'columns',
      'format',
    );
    await refused(as(world.finance).post('/api/bank-layouts', layout), 'auth.forbidden');
    const made = (await as(world.admin).post('/api/bank-layouts', layout).expect(201)).body as BankLayout;
    await refused(as(world.admin).post('/api/bank-layouts', layout), 'record.duplicate');
    const changed = (
      await as(world.admin)
        .put(`/api/bank-layouts/${made.id}`, {
          ...layout,
          columns: [...layout.columns, { field: 'lineNo', heading: '序号' }],
        })
        .expect(200)
    ).body as BankLayout;
    expect(changed.columns.map((c) => c.field)).toEqual(['account', 'name', 'amount', 'lineNo']);
    await refused(
      as(world.admin).put('/api/bank-layouts/00000000-0000-4000-8000-000000000002', layout),
      'bank_layout.not_found',
    );
    const listed = (await as(world.finance).get('/api/bank-layouts').expect(200)).body as BankLayout[];
    expect(listed.map((l) => l.id)).toContain(made.id);
    const campaign = await approvedCampaign(world, fund, lines(1));
    const withLayout = await batch(campaign, { method: 'bank', layoutId: made.id });
    const csv = await as(world.finance).get(`/api/batches/${withLayout.id}/bank-file?format=csv`).expect(200);
    const [headings, first] = csv.text.replace('\uFEFF', '').split('\r\n');
    expect(headings).toBe('收款账号,收款人,金额（元）,序号');
    const cells = first?.split(',') ?? [];
    expect([cells[0], cells[2], cells[3]]).toEqual([campaign.lines[0]?.account, '800.00', '1']);
  });
});
