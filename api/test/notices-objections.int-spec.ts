import request from 'supertest';
import {
  dayDaysAfter,
  todayInCenter,
  type AuditEntryView,
  type CaseHistoryEntry,
  type CaseListItem,
  type CaseView,
  type FileHistoryEntry,
  type FileView,
  type FundView,
  type Page,
  type WorkerView,
} from '@worker-aid/shared/domain';
import {
  approvalWorld,
  approve,
  as,
  centerFund,
  submittedCase,
  type ApprovalWorld,
} from './support/approval-world';
import { identityNumber } from './support/identity-numbers';
import { DEEP_HOUSEHOLD, paymentKey } from './support/records';
import { refused } from './support/refused';
import { TestApp } from './support/test-app';

/**
 * Public notice (公示) after final approval, payments refused meanwhile, and objections that send
 * a case or a file back to review. Medical aid and files are posted for 5 days, hardship aid not.
 */
describe('public notice and objections', () => {
  let app: TestApp;
  let world: ApprovalWorld;
  let fund: FundView;
  const today = todayInCenter();

  beforeAll(async () => {
    app = await TestApp.start();
    world = await approvalWorld(app, { policy: true });
    fund = await centerFund(world);
    await request(app.http)
      .put('/api/standards')
      .auth(world.admin, { type: 'bearer' })
      .send({ unitId: world.grassroots.id, effectiveFrom: '2020-01-01', povertyLine: 72_000 })
      .expect(200);
  });
  afterAll(() => app.stop());

  /** A case approved at the industry union (within its limit), so in notice when the type has one. */
  async function approvedCase(type: 'medical' | 'hardship' = 'medical'): Promise<CaseView> {
    const c = await submittedCase(world, { type, requestedAmount: 300_000 });
    return (await approve(world, world.industryReviewer, c.id, 300_000).expect(200)).body as CaseView;
  }

  const pay = (caseId: string, amount = 100_000) =>
    request(app.http)
      .post(`/api/cases/${caseId}/disbursements`)
      .auth(world.finance, { type: 'bearer' })
      .set('Idempotency-Key', paymentKey())
      .send({ amount, fundId: fund.id, method: 'bank', paidOn: today });

  const object = (token: string, path: string, receivedVia = 'phone') =>
    as(app, token).post(`${path}/objections`, { content: '  群众反映该职工家庭有稳定收入  ', receivedVia });

  const payable = async () =>
    (
      (await as(app, world.finance).get('/api/cases', { payable: 'true', limit: '200' }).expect(200))
        .body as Page<CaseListItem>
    ).items.map((item) => item.id);

  describe('cases', () => {
    it('refuses a payment during the notice (409 case.in_notice), and lists the case as payable only without one', async () => {
      const inNotice = await approvedCase('medical');
      expect(inNotice).toMatchObject({ noticeStartsOn: today, noticeEndsOn: dayDaysAfter(today, 5) });
      const body = await refused(pay(inNotice.id), 'case.in_notice');
      expect(body['noticeEndsOn']).toBe(dayDaysAfter(today, 5));
      const payments = await as(app, world.finance)
        .get(`/api/cases/${inNotice.id}/disbursements`)
        .expect(200);
      expect(payments.body).toEqual([]);

      const noNotice = await approvedCase('hardship');
      expect(noNotice).toMatchObject({ status: 'approved', noticeStartsOn: null, noticeEndsOn: null });
      const listed = await payable();
      expect(listed).toContain(noNotice.id);
      expect(listed).not.toContain(inNotice.id);
      await pay(noNotice.id).expect(201);
    });

    it('takes an objection during the notice: back to review, steps cleared, history and audit written', async () => {
      const c = await approvedCase('medical');
      const objected = (await object(world.caseworker, `/api/cases/${c.id}`).expect(200)).body as CaseView;
      expect(objected).toMatchObject({
        status: 'submitted',
        approvals: [],
        approvedAmount: null,
        awaitingLevel: 'industry',
        noticeStartsOn: null,
        noticeEndsOn: null,
      });

      const history = (await as(app, world.caseworker).get(`/api/cases/${c.id}/history`).expect(200))
        .body as CaseHistoryEntry[];
      expect(history.at(-1)).toMatchObject({
        action: 'objection',
        fromStatus: 'approved',
        toStatus: 'submitted',
        comment: '群众反映该职工家庭有稳定收入',
        detail: { receivedVia: 'phone' },
      });
      expect(history.some((entry) => entry.action === 'approve')).toBe(true);
      const audit = (
        await as(app, world.admin).get('/api/audit', { entityType: 'case', entityId: c.id }).expect(200)
      ).body as Page<AuditEntryView>;
      expect(audit.items[0]).toMatchObject({
        action: 'case.objection',
        detail: expect.objectContaining({ from: 'approved', to: 'submitted', receivedVia: 'phone' }),
      });

      // A new round: the reviewer of the first may step again, and the notice starts over.
      const again = (await approve(world, world.industryReviewer, c.id, 250_000).expect(200))
        .body as CaseView;
      expect(again).toMatchObject({
        status: 'approved',
        approvedAmount: 250_000,
        noticeEndsOn: dayDaysAfter(today, 5),
      });
      expect(again.approvals).toHaveLength(1);
    });

    it('takes objections from whoever decides cases too, never from finance', async () => {
      const c = await approvedCase('medical');
      await refused(object(world.finance, `/api/cases/${c.id}`), 'auth.forbidden');
      await object(world.manager, `/api/cases/${c.id}`, 'letter').expect(200);
    });

    it('refuses an objection outside the notice (409 case.not_in_notice)', async () => {
      const submitted = await submittedCase(world);
      await refused(object(world.caseworker, `/api/cases/${submitted.id}`), 'case.not_in_notice');
      const noNotice = await approvedCase('hardship');
      await refused(object(world.caseworker, `/api/cases/${noNotice.id}`), 'case.not_in_notice');
      expect(
        (await as(app, world.caseworker).get(`/api/cases/${noNotice.id}`).expect(200)).body,
      ).toMatchObject({
        status: 'approved',
      });
    });

    it('validates the objection', async () => {
      const c = await approvedCase('medical');
      for (const body of [
        { content: '   ', receivedVia: 'phone' },
        { content: '情况不实', receivedVia: 'email' },
        { content: 'x'.repeat(2001), receivedVia: 'phone' },
        { receivedVia: 'phone' },
      ]) {
        await refused(as(app, world.caseworker).post(`/api/cases/${c.id}/objections`, body), 'validation');
      }
    });

    it('answers 404 about a sibling union’s case', async () => {
      const c = await approvedCase('medical');
      await refused(object(world.siblingReviewer, `/api/cases/${c.id}`), 'case.not_found');
    });
  });

  describe('hardship files', () => {
    async function submittedFile(): Promise<FileView> {
      const worker = (
        await as(app, world.caseworker)
          .post('/api/workers', { name: '周志强', idNumber: identityNumber(), unitId: world.grassroots.id })
          .expect(201)
      ).body as WorkerView;
      const file = (
        await as(app, world.caseworker)
          .post('/api/files', { workerId: worker.id, ...DEEP_HOUSEHOLD })
          .expect(201)
      ).body as FileView;
      return (await as(app, world.caseworker).post(`/api/files/${file.id}/submit`).expect(200))
        .body as FileView;
    }

    it('posts an approved file, and an objection sends it back to review', async () => {
      const file = await submittedFile();
      const active = (await as(app, world.industryReviewer).post(`/api/files/${file.id}/approve`).expect(200))
        .body as FileView;
      expect(active).toMatchObject({
        status: 'active',
        activeSince: today,
        noticeStartsOn: today,
        noticeEndsOn: dayDaysAfter(today, 5),
      });

      await refused(object(world.siblingReviewer, `/api/files/${file.id}`), 'file.not_found');
      const objected = (await object(world.caseworker, `/api/files/${file.id}`, 'in_person').expect(200))
        .body as FileView;
      expect(objected).toMatchObject({
        status: 'submitted',
        activeSince: null,
        reviewDueOn: null,
        noticeStartsOn: null,
        noticeEndsOn: null,
      });
      const history = (await as(app, world.caseworker).get(`/api/files/${file.id}/history`).expect(200))
        .body as FileHistoryEntry[];
      expect(history.at(-1)).toMatchObject({
        action: 'objection',
        fromStatus: 'active',
        toStatus: 'submitted',
        comment: '群众反映该职工家庭有稳定收入',
        detail: { receivedVia: 'in_person' },
      });
      const audit = (
        await as(app, world.admin)
          .get('/api/audit', { entityType: 'hardship_file', entityId: file.id })
          .expect(200)
      ).body as Page<AuditEntryView>;
      expect(audit.items[0]).toMatchObject({ action: 'file.objection' });

      await refused(object(world.caseworker, `/api/files/${file.id}`), 'file.not_in_notice');
      await as(app, world.industryReviewer).post(`/api/files/${file.id}/approve`).expect(200);
    });

    it('refuses an objection to a file that is not in notice (409 file.not_in_notice)', async () => {
      const file = await submittedFile();
      await refused(object(world.caseworker, `/api/files/${file.id}`), 'file.not_in_notice');
    });
  });
});

describe('notice without a policy', () => {
  let app: TestApp;
  let world: ApprovalWorld;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await approvalWorld(app, { policy: false });
  });
  afterAll(() => app.stop());

  it('posts nothing, so an approved case is payable at once and takes no objection', async () => {
    const c = await submittedCase(world);
    const approved = (await approve(world, world.industryReviewer, c.id, 800_000).expect(200))
      .body as CaseView;
    expect(approved).toMatchObject({ status: 'approved', noticeEndsOn: null });
    await refused(
      as(app, world.caseworker).post(`/api/cases/${c.id}/objections`, {
        content: '情况不实',
        receivedVia: 'other',
      }),
      'case.not_in_notice',
    );
    const listed = (
      (await as(app, world.finance).get('/api/cases', { payable: 'true' }).expect(200))
        .body as Page<CaseListItem>
    ).items.map((item) => item.id);
    expect(listed).toContain(c.id);
  });
});
