import request from 'supertest';
import type {
  AuditEntryView,
  CaseHistoryEntry,
  CaseListItem,
  CaseView,
  Page,
  UnitView,
  WorkerView,
} from '@worker-aid/shared/domain';
import { identityNumber } from './support/identity-numbers';
import { invalidField, refused } from './support/refused';
import { TestApp } from './support/test-app';

const MEDICAL = {
  hospital: '市第一人民医院',
  diagnosis: '慢性肾衰竭',
  totalCost: 8_000_000,
  insuranceReimbursed: 5_000_000,
  outOfPocket: 3_000_000,
};
const LEGAL = { disputeKind: 'wage_arrears', opposingParty: '某建筑劳务公司', amountClaimed: 4_500_000 };

describe('workers and cases', () => {
  let app: TestApp;
  let admin: string;
  let industryA: UnitView;
  let grassA: UnitView;
  let grassB: UnitView;
  let caseworker: string;
  let reviewer: string;
  let siblingCaseworker: string;
  let manager: string;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.adminToken();
    const center = await app.rootUnit(admin);
    industryA = await app.createUnit(admin, center.id, 'industry');
    const industryB = await app.createUnit(admin, center.id, 'industry');
    grassA = await app.createUnit(admin, industryA.id, 'grassroots');
    grassB = await app.createUnit(admin, industryB.id, 'grassroots');
    caseworker = (await app.tokenFor(admin, grassA.id, 'caseworker')).token;
    reviewer = (await app.tokenFor(admin, industryA.id, 'reviewer')).token;
    manager = (await app.tokenFor(admin, industryA.id, 'manager')).token;
    siblingCaseworker = (await app.tokenFor(admin, grassB.id, 'caseworker')).token;
  });
  afterAll(() => app.stop());

  const as = (token: string) => ({
    get: (path: string) => request(app.http).get(path).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}) =>
      request(app.http).post(path).auth(token, { type: 'bearer' }).send(body),
    patch: (path: string, body: object) =>
      request(app.http).patch(path).auth(token, { type: 'bearer' }).send(body),
  });

  async function register(token = caseworker, unitId = grassA.id, extra: object = {}): Promise<WorkerView> {
    const body = {
      name: '王秀英',
      idNumber: identityNumber('19750302', 'female'),
      unitId,
      phone: '13905501234',
      employer: '滁州某纺织厂',
      migrantWorker: true,
      ...extra,
    };
    return (await as(token).post('/api/workers', body).expect(201)).body as WorkerView;
  }

  async function openCase(
    workerId: string,
    type = 'medical',
    details: object = MEDICAL,
    requestedAmount = 2_000_000,
  ): Promise<CaseView> {
    return (
      await as(caseworker)
        .post('/api/cases', { type, workerId, requestedAmount, summary: '因病致贫，申请医疗救助', details })
        .expect(201)
    ).body as CaseView;
  }

  describe('the worker registry', () => {
    it('registers a worker once, masked, with derived gender, age and flags', async () => {
      const idNumber = identityNumber('19750302', 'female');
      const worker = (
        await as(caseworker)
          .post('/api/workers', {
            name: '李桂兰',
            idNumber: idNumber.toLowerCase(),
            unitId: grassA.id,
            migrantWorker: true,
          })
          .expect(201)
      ).body as WorkerView;
      expect(worker).toMatchObject({
        name: '李桂兰',
        gender: 'female',
        womanWorker: true,
        migrantWorker: true,
        birthDate: '1975-03-02',
        unitId: grassA.id,
      });
      expect(worker.idNumber).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
      expect(worker.age).toBeGreaterThanOrEqual(50);

      const duplicate = await as(caseworker)
        .post('/api/workers', { name: '李桂兰', idNumber, unitId: grassA.id })
        .expect(409);
      expect(duplicate.body).toMatchObject({
        statusCode: 409,
        code: 'worker.duplicate',
        workerId: worker.id,
        message: 'idNumber: a worker with this identity number is already registered',
      });
      const fromSibling = await as(siblingCaseworker)
        .post('/api/workers', { name: '李桂兰', idNumber, unitId: grassB.id })
        .expect(409);
      expect(fromSibling.body.workerId).toBeUndefined();
    });

    it('names the broken identity-number rule', async () => {
      const valid = identityNumber();
      const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
      const cases: [string, string][] = [
        [wrongCheck, 'idNumber: check digit does not match'],
        ['3411021980061512', 'idNumber: must be 18 characters'],
        ['341102198002301234', 'idNumber: birth date is not a real date in the past'],
      ];
      for (const [idNumber, message] of cases) {
        const response = await as(caseworker)
          .post('/api/workers', { name: '张三', idNumber, unitId: grassA.id })
          .expect(400);
        expect(response.body.message).toEqual([message]);
      }
      await as(caseworker)
        .post('/api/workers', {
          name: '张三',
          idNumber: identityNumber('19800101', 'male'),
          unitId: grassA.id,
          gender: 'female',
        })
        .expect(400);
    });

    it('finds workers by name fragment and by identity number in a body, within scope', async () => {
      const worker = await register(caseworker, grassA.id, { name: '赵德胜' });
      const page = (
        await as(caseworker)
          .get(`/api/workers?q=${encodeURIComponent('德胜')}`)
          .expect(200)
      ).body as Page<WorkerView>;
      expect(page.items.map((w) => w.id)).toContain(worker.id);
      const other = (
        await as(siblingCaseworker)
          .get(`/api/workers?q=${encodeURIComponent('德胜')}`)
          .expect(200)
      ).body as Page<WorkerView>;
      expect(other.items).toHaveLength(0);

      const full = (await as(caseworker).post(`/api/workers/${worker.id}/reveal`).expect(200)).body as {
        idNumber: string;
      };
      expect(
        (await as(caseworker).post('/api/workers/lookup', { idNumber: full.idNumber }).expect(200)).body.id,
      ).toBe(worker.id);
      await as(siblingCaseworker).post('/api/workers/lookup', { idNumber: full.idNumber }).expect(404);
    });

    it('pages through workers with a keyset cursor', async () => {
      for (let i = 0; i < 3; i++) await register();
      const first = (await as(caseworker).get('/api/workers?limit=2').expect(200)).body as Page<WorkerView>;
      const second = (await as(caseworker).get(`/api/workers?limit=2&cursor=${first.nextCursor}`).expect(200))
        .body as Page<WorkerView>;
      expect(first.items).toHaveLength(2);
      expect(second.items.map((w) => w.id)).not.toContain(first.items[0].id);
    });

    it('reveals the full number only to roles that may, and audits every reveal', async () => {
      const worker = await register();
      await as(manager).post(`/api/workers/${worker.id}/reveal`).expect(403);
      const revealed = (await as(reviewer).post(`/api/workers/${worker.id}/reveal`).expect(200)).body as {
        idNumber: string;
      };
      expect(revealed.idNumber).toMatch(/^341102\d{11}[\dX]$/);
      const audit = (await as(admin).get(`/api/audit?entityType=worker&entityId=${worker.id}`).expect(200))
        .body as Page<AuditEntryView>;
      expect(audit.items.map((e) => e.action)).toEqual(['worker.reveal_id_number', 'worker.create']);
      expect(JSON.stringify(audit.items)).not.toContain(revealed.idNumber);
    });

    it('edits a worker and leaves the identity number alone', async () => {
      const worker = await register();
      const updated = (
        await as(caseworker)
          .patch(`/api/workers/${worker.id}`, { phone: '0550-1234567', migrantWorker: false })
          .expect(200)
      ).body as WorkerView;
      expect(updated).toMatchObject({ phone: '0550-1234567', migrantWorker: false });
      await as(caseworker).patch(`/api/workers/${worker.id}`, { idNumber: identityNumber() }).expect(400);
      await as(manager).patch(`/api/workers/${worker.id}`, { phone: '123456' }).expect(403);
    });

    it('clears optional fields sent as null, and refuses null or empty where a value is required', async () => {
      const worker = await register(caseworker, grassA.id, {
        phone: '13905501234',
        bankAccount: '6222021234567890123',
        employer: '滁州中学',
        address: '滁州市琅琊区',
      });
      const cleared = (
        await as(caseworker)
          .patch(`/api/workers/${worker.id}`, {
            phone: null,
            bankAccount: null,
            employer: null,
            address: null,
          })
          .expect(200)
      ).body as WorkerView;
      expect(cleared).toMatchObject({ phone: null, bankAccount: null, employer: null, address: null });
      const revealed = (await as(caseworker).post(`/api/workers/${worker.id}/reveal`).expect(200)).body as {
        bankAccount: string | null;
      };
      expect(revealed.bankAccount).toBeNull();
      for (const [body, field] of [
        [{ name: null }, 'name'],
        [{ migrantWorker: null }, 'migrantWorker'],
        [{ phone: '' }, 'phone'],
        [{ address: '' }, 'address'],
      ] as const) {
        const refused = await as(caseworker).patch(`/api/workers/${worker.id}`, body).expect(400);
        expect((refused.body as { message: string[] }).message[0]).toMatch(new RegExp(`^${field}: `));
      }
    });

    it('keeps a bank account as its digits, masked in every answer and whole only on reveal', async () => {
      const worker = await register(caseworker, grassA.id, { bankAccount: '6222 0212-3456 7890 123' });
      expect(worker.bankAccount).toBe('6222 **** **** 0123');
      const bad = await as(caseworker)
        .patch(`/api/workers/${worker.id}`, { bankAccount: '6222 02X2' })
        .expect(400);
      expect((bad.body as { message: string[] }).message).toEqual([
        'bankAccount: must be 10–30 digits (spaces and hyphens are ignored)',
      ]);
      const updated = (
        await as(caseworker)
          .patch(`/api/workers/${worker.id}`, { bankAccount: '6217001234567890' })
          .expect(200)
      ).body as WorkerView;
      expect(updated.bankAccount).toBe('6217 **** **** 7890');
      const revealed = (await as(reviewer).post(`/api/workers/${worker.id}/reveal`).expect(200)).body as {
        bankAccount: string;
      };
      expect(revealed.bankAccount).toBe('6217001234567890');
      const none = await register();
      expect(none.bankAccount).toBeNull();
      expect((await as(reviewer).post(`/api/workers/${none.id}/reveal`).expect(200)).body).toMatchObject({
        bankAccount: null,
      });
    });
  });

  describe('cases', () => {
    it('are numbered per type and year, with money in fen and per-type details', async () => {
      const worker = await register();
      const medical = await openCase(worker.id);
      const year = new Date().getUTCFullYear();
      expect(medical).toMatchObject({
        type: 'medical',
        status: 'draft',
        requestedAmount: 2_000_000,
        approvedAmount: null,
        disbursedAmount: 0,
        unitId: grassA.id,
        details: MEDICAL,
      });
      expect(medical.caseNo).toMatch(new RegExp(`^MED-(${year}|${year + 1})-\\d{6}$`));
      const legal = await openCase(worker.id, 'legal', LEGAL, 0);
      expect(legal.caseNo).toMatch(/^LEG-\d{4}-\d{6}$/);
    });

    it('refuse bad details, amounts and types with named fields', async () => {
      const worker = await register();
      const bad = await as(caseworker)
        .post('/api/cases', {
          type: 'medical',
          workerId: worker.id,
          requestedAmount: 10.5,
          summary: 'x',
          details: { ...MEDICAL, outOfPocket: 1 },
        })
        .expect(400);
      expect(bad.body.message).toEqual(['requestedAmount: must be a whole, non-negative number of fen']);
      const details = await as(caseworker)
        .post('/api/cases', {
          type: 'medical',
          workerId: worker.id,
          requestedAmount: 100,
          summary: 'x',
          details: { ...MEDICAL, outOfPocket: 1 },
        })
        .expect(400);
      expect(details.body.message).toEqual([
        'details.totalCost: must equal insuranceReimbursed + outOfPocket',
      ]);
      await as(caseworker)
        .post('/api/cases', {
          type: 'housing',
          workerId: worker.id,
          requestedAmount: 100,
          summary: 'x',
          details: {},
        })
        .expect(400);
      await as(caseworker)
        .post('/api/cases', {
          type: 'legal',
          workerId: worker.id,
          requestedAmount: -1,
          summary: 'x',
          details: LEGAL,
        })
        .expect(400);
    });

    it('warn about another open case of the same type this year, without blocking', async () => {
      const worker = await register();
      const first = await openCase(worker.id);
      expect(first.warnings).toEqual([]);
      const second = await openCase(worker.id);
      expect(second.warnings).toEqual([
        expect.objectContaining({ code: 'same_type_same_year', caseId: first.id, caseNo: first.caseNo }),
      ]);
      const check = (await as(caseworker).get(`/api/workers/${worker.id}/warnings?type=medical`).expect(200))
        .body;
      expect(check).toHaveLength(2);
      expect(
        (await as(caseworker).get(`/api/workers/${worker.id}/warnings?type=legal`).expect(200)).body,
      ).toEqual([]);
    });

    it('go through their whole life, each step in the history', async () => {
      const worker = await register();
      const c = await openCase(worker.id);
      await as(caseworker).patch(`/api/cases/${c.id}`, { summary: '补充病历后重新说明' }).expect(200);
      await as(caseworker).post(`/api/cases/${c.id}/submit`).expect(200);
      await refused(
        as(caseworker).patch(`/api/cases/${c.id}`, { summary: '提交后不可修改' }),
        'case.not_editable',
      );
      const returned = (
        await as(reviewer).post(`/api/cases/${c.id}/return`, { comment: '请补充住院发票' }).expect(200)
      ).body as CaseView;
      expect(returned.status).toBe('returned');
      await as(caseworker).patch(`/api/cases/${c.id}`, { requestedAmount: 1_500_000 }).expect(200);
      await as(caseworker).post(`/api/cases/${c.id}/submit`).expect(200);
      await invalidField(
        as(reviewer).post(`/api/cases/${c.id}/approve`, { approvedAmount: 1_600_000 }),
        'approvedAmount',
        'above_requested',
      );
      const approved = (
        await as(reviewer)
          .post(`/api/cases/${c.id}/approve`, { approvedAmount: 1_200_000, comment: '同意救助' })
          .expect(200)
      ).body as CaseView;
      expect(approved).toMatchObject({
        status: 'approved',
        approvedAmount: 1_200_000,
        requestedAmount: 1_500_000,
      });
      await refused(
        as(reviewer).post(`/api/cases/${c.id}/approve`, { approvedAmount: 1 }),
        'case.transition',
      );
      await refused(as(caseworker).post(`/api/cases/${c.id}/withdraw`), 'case.transition');
      const closed = (await as(caseworker).post(`/api/cases/${c.id}/close`, {}).expect(200)).body as CaseView;
      expect(closed.status).toBe('closed');

      const history = (await as(caseworker).get(`/api/cases/${c.id}/history`).expect(200))
        .body as CaseHistoryEntry[];
      expect(history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
        ['create', null, 'draft'],
        ['update', 'draft', 'draft'],
        ['submit', 'draft', 'submitted'],
        ['return', 'submitted', 'returned'],
        ['update', 'returned', 'returned'],
        ['submit', 'returned', 'submitted'],
        ['approve', 'submitted', 'approved'],
        ['close', 'approved', 'closed'],
      ]);
      expect(history[3]).toMatchObject({ comment: '请补充住院发票', actorName: expect.any(String) });
    });

    it('may be rejected or withdrawn, and rejection needs a comment', async () => {
      const worker = await register();
      const a = await openCase(worker.id);
      await as(caseworker).post(`/api/cases/${a.id}/submit`).expect(200);
      await invalidField(as(reviewer).post(`/api/cases/${a.id}/reject`, {}), 'comment', 'required');
      expect(
        (await as(reviewer).post(`/api/cases/${a.id}/reject`, { comment: '不符合救助条件' }).expect(200)).body
          .status,
      ).toBe('rejected');
      const b = await openCase(worker.id);
      expect((await as(caseworker).post(`/api/cases/${b.id}/withdraw`).expect(200)).body.status).toBe(
        'withdrawn',
      );
      await refused(as(caseworker).post(`/api/cases/${b.id}/submit`), 'case.transition');
    });

    it('are never approved by their creator, nor decided by a caseworker', async () => {
      const worker = await register(reviewer, grassA.id);
      const own = (
        await as(reviewer)
          .post('/api/cases', {
            type: 'medical',
            workerId: worker.id,
            requestedAmount: 100_000,
            summary: '审核人自己录入',
            details: MEDICAL,
          })
          .expect(201)
      ).body as CaseView;
      await as(reviewer).post(`/api/cases/${own.id}/submit`).expect(200);
      await refused(
        as(reviewer).post(`/api/cases/${own.id}/approve`, { approvedAmount: 100_000 }),
        'case.four_eyes',
      );
      await refused(
        as(caseworker).post(`/api/cases/${own.id}/approve`, { approvedAmount: 100_000 }),
        'auth.forbidden',
      );
      await as(manager).post(`/api/cases/${own.id}/approve`, { approvedAmount: 100_000 }).expect(200);
    });

    it('close legal aid with an outcome and the amount recovered', async () => {
      const worker = await register();
      const c = await openCase(worker.id, 'legal', LEGAL, 0);
      await as(caseworker).post(`/api/cases/${c.id}/submit`).expect(200);
      await as(reviewer).post(`/api/cases/${c.id}/approve`, { approvedAmount: 0 }).expect(200);
      const missing = await as(caseworker).post(`/api/cases/${c.id}/close`, {}).expect(400);
      expect(missing.body.message).toEqual([
        'outcome: is required to close a legal-aid case',
        'recoveredAmount: is required to close a legal-aid case',
      ]);
      const closed = (
        await as(caseworker)
          .post(`/api/cases/${c.id}/close`, { outcome: 'settled', recoveredAmount: 4_200_000 })
          .expect(200)
      ).body as CaseView;
      expect(closed).toMatchObject({ status: 'closed', outcome: 'settled', recoveredAmount: 4_200_000 });
    });

    it('are listed with filters and keyset paging, selecting only list columns', async () => {
      const worker = await register(caseworker, grassA.id, { name: '孙有福' });
      const cases = [
        await openCase(worker.id),
        await openCase(worker.id, 'legal', LEGAL, 0),
        await openCase(worker.id),
      ];
      await as(caseworker).post(`/api/cases/${cases[2].id}/submit`).expect(200);
      const byWorker = (await as(caseworker).get(`/api/cases?workerId=${worker.id}&limit=2`).expect(200))
        .body as Page<CaseListItem>;
      expect(byWorker.items.map((c) => c.id)).toEqual([cases[2].id, cases[1].id]);
      expect(Object.keys(byWorker.items[0]).sort()).toEqual(
        [
          'approvedAmount',
          'caseNo',
          'createdAt',
          'id',
          'requestedAmount',
          'status',
          'summary',
          'type',
          'unitId',
          'workerId',
          'workerName',
          'awaitingLevel',
          'noticeEndsOn',
        ].sort(),
      );
      const rest = (
        await as(caseworker)
          .get(`/api/cases?workerId=${worker.id}&limit=2&cursor=${byWorker.nextCursor}`)
          .expect(200)
      ).body as Page<CaseListItem>;
      expect(rest.items.map((c) => c.id)).toEqual([cases[0].id]);
      expect(rest.nextCursor).toBeNull();
      const queue = (await as(reviewer).get('/api/cases?status=submitted&type=medical').expect(200))
        .body as Page<CaseListItem>;
      expect(queue.items.every((c) => c.status === 'submitted' && c.type === 'medical')).toBe(true);
      expect(queue.items.map((c) => c.id)).toContain(cases[2].id);
      const byName = (
        await as(caseworker)
          .get(`/api/cases?q=${encodeURIComponent('孙有')}`)
          .expect(200)
      ).body as Page<CaseListItem>;
      expect(byName.items).toHaveLength(3);
      const byNo = (await as(caseworker).get(`/api/cases?q=${cases[1].caseNo}`).expect(200))
        .body as Page<CaseListItem>;
      expect(byNo.items.map((c) => c.id)).toEqual([cases[1].id]);
      const byUnit = (
        await as(admin).get(`/api/cases?unitId=${industryA.id}&workerId=${worker.id}`).expect(200)
      ).body as Page<CaseListItem>;
      expect(byUnit.items).toHaveLength(3);
      await as(caseworker).get('/api/cases?status=lost').expect(400);
    });
  });

  describe('scope', () => {
    it('answers 404 to a sibling unit on every worker and case endpoint', async () => {
      const worker = await register();
      const c = await openCase(worker.id);
      const sibling = as(siblingCaseworker);
      await refused(sibling.get(`/api/workers/${worker.id}`), 'worker.not_found');
      await sibling.patch(`/api/workers/${worker.id}`, { phone: '123456' }).expect(404);
      await sibling.post(`/api/workers/${worker.id}/reveal`).expect(404);
      await sibling.get(`/api/workers/${worker.id}/warnings?type=medical`).expect(404);
      await sibling
        .post('/api/workers', { name: '越权', idNumber: identityNumber(), unitId: grassA.id })
        .expect(404);
      await sibling
        .post('/api/cases', {
          type: 'medical',
          workerId: worker.id,
          requestedAmount: 1,
          summary: 'x',
          details: MEDICAL,
        })
        .expect(404);
      await refused(sibling.get(`/api/cases/${c.id}`), 'case.not_found');
      await sibling.patch(`/api/cases/${c.id}`, { summary: 'x' }).expect(404);
      await sibling.get(`/api/cases/${c.id}/history`).expect(404);
      for (const action of ['submit', 'withdraw'])
        await sibling.post(`/api/cases/${c.id}/${action}`).expect(404);
      const siblingReviewer = (await app.tokenFor(admin, grassB.id, 'reviewer')).token;
      await as(siblingReviewer).post(`/api/cases/${c.id}/approve`, { approvedAmount: 1 }).expect(404);
      await as(siblingReviewer).post(`/api/cases/${c.id}/reject`, { comment: 'x' }).expect(404);
      await as(siblingReviewer).post(`/api/cases/${c.id}/return`, { comment: 'x' }).expect(404);
      await as(siblingReviewer).post(`/api/cases/${c.id}/close`, {}).expect(404);
      expect(
        ((await sibling.get(`/api/cases?workerId=${worker.id}`).expect(200)).body as Page<CaseListItem>)
          .items,
      ).toHaveLength(0);
      await sibling.get('/api/cases/not-a-uuid').expect(400);
    });
  });
});
