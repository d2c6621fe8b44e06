import {
  dayDaysAfter,
  todayInCenter,
  type CaseHistoryEntry,
  type CaseListItem,
  type CaseView,
  type Page,
} from '@worker-aid/shared/domain';
import { approvalWorld, approve, as, submittedCase, type ApprovalWorld } from './support/approval-world';
import { refused } from './support/refused';
import { TestApp } from './support/test-app';

/**
 * Approval by level (API.md v2): every type's limits are grassroots 0, industry ¥5,000, center
 * none; medical aid is posted for 5 days. A grassroots caseworker logs the cases.
 */
describe('approval by level', () => {
  let app: TestApp;
  let world: ApprovalWorld;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await approvalWorld(app, { policy: true });
  });
  afterAll(() => app.stop());

  const caseOf = async (token: string, id: string) =>
    (await as(app, token).get(`/api/cases/${id}`).expect(200)).body as CaseView;
  const reviewQueue = async (token: string) =>
    (
      (await as(app, token).get('/api/cases', { review: 'true', limit: '200' }).expect(200))
        .body as Page<CaseListItem>
    ).items.map((item) => item.id);

  describe('steps', () => {
    it('takes ¥8,000 of medical aid from the industry union on to the center, then posts it', async () => {
      const submitted = await submittedCase(world);
      expect(submitted).toMatchObject({
        status: 'submitted',
        approvals: [],
        awaitingLevel: 'industry',
        awaitingUnit: { id: world.industry.id, name: world.industry.name },
      });

      const onward = (await approve(world, world.industryReviewer, submitted.id, 800_000).expect(200))
        .body as CaseView;
      expect(onward).toMatchObject({
        status: 'submitted',
        approvedAmount: null,
        awaitingLevel: 'center',
        awaitingUnit: { id: world.center.id, name: world.center.name },
        noticeEndsOn: null,
      });
      expect(onward.approvals).toEqual([
        expect.objectContaining({
          level: 'industry',
          unitId: world.industry.id,
          unitName: world.industry.name,
          userName: expect.stringMatching(/^测试 reviewer/),
          amount: 800_000,
        }),
      ]);

      const approved = (await approve(world, world.centerReviewer, submitted.id, 800_000).expect(200))
        .body as CaseView;
      const today = todayInCenter();
      expect(approved).toMatchObject({
        status: 'approved',
        approvedAmount: 800_000,
        awaitingLevel: null,
        awaitingUnit: null,
        noticeStartsOn: today,
        noticeEndsOn: dayDaysAfter(today, 5),
      });
      expect(approved.approvals.map((step) => [step.level, step.unitId, step.amount])).toEqual([
        ['industry', world.industry.id, 800_000],
        ['center', world.center.id, 800_000],
      ]);

      const history = (await as(app, world.caseworker).get(`/api/cases/${submitted.id}/history`).expect(200))
        .body as CaseHistoryEntry[];
      expect(history.filter((entry) => entry.action === 'approve')).toEqual([
        expect.objectContaining({
          fromStatus: 'submitted',
          toStatus: 'submitted',
          detail: { level: 'industry', unitId: world.industry.id, amount: 800_000, final: false },
        }),
        expect.objectContaining({
          fromStatus: 'submitted',
          toStatus: 'approved',
          detail: { level: 'center', unitId: world.center.id, amount: 800_000, final: true },
        }),
      ]);
    });

    it('takes three steps when a grassroots reviewer makes the first', async () => {
      const c = await submittedCase(world);
      const first = (await approve(world, world.grassrootsReviewer, c.id, 800_000).expect(200))
        .body as CaseView;
      expect(first).toMatchObject({ status: 'submitted', awaitingLevel: 'industry' });
      const second = (await approve(world, world.industryReviewer, c.id, 800_000).expect(200))
        .body as CaseView;
      expect(second).toMatchObject({ status: 'submitted', awaitingLevel: 'center' });
      const third = (await approve(world, world.centerReviewer, c.id, 750_000).expect(200)).body as CaseView;
      expect(third).toMatchObject({ status: 'approved', approvedAmount: 750_000 });
      expect(third.approvals.map((step) => step.level)).toEqual(['grassroots', 'industry', 'center']);
    });

    it('is final at the industry union exactly at its limit, and goes on one fen above it', async () => {
      const atLimit = await submittedCase(world);
      const final = (await approve(world, world.industryReviewer, atLimit.id, 500_000).expect(200))
        .body as CaseView;
      expect(final).toMatchObject({ status: 'approved', approvedAmount: 500_000, awaitingLevel: null });

      const above = await submittedCase(world);
      const onward = (await approve(world, world.industryReviewer, above.id, 500_001).expect(200))
        .body as CaseView;
      expect(onward).toMatchObject({ status: 'submitted', approvedAmount: null, awaitingLevel: 'center' });
    });

    it('lets any level make the first step', async () => {
      const c = await submittedCase(world);
      const approved = (await approve(world, world.centerReviewer, c.id, 800_000).expect(200))
        .body as CaseView;
      expect(approved).toMatchObject({
        status: 'approved',
        approvals: [expect.objectContaining({ level: 'center' })],
      });
    });

    it('starts a case submitted again with no steps; the old ones stay in its history', async () => {
      const c = await submittedCase(world);
      await approve(world, world.industryReviewer, c.id, 800_000).expect(200);
      const returned = (
        await as(app, world.centerReviewer)
          .post(`/api/cases/${c.id}/return`, { comment: '请补充发票' })
          .expect(200)
      ).body as CaseView;
      expect(returned).toMatchObject({ status: 'returned', approvals: [], awaitingLevel: null });
      const again = (await as(app, world.caseworker).post(`/api/cases/${c.id}/submit`).expect(200))
        .body as CaseView;
      expect(again).toMatchObject({ approvals: [], awaitingLevel: 'industry' });
      // The same reviewer may step again: the round before ended.
      await approve(world, world.industryReviewer, c.id, 800_000).expect(200);
      const rejected = (
        await as(app, world.centerReviewer)
          .post(`/api/cases/${c.id}/reject`, { comment: '不符合条件' })
          .expect(200)
      ).body as CaseView;
      expect(rejected).toMatchObject({ status: 'rejected', approvals: [], awaitingLevel: null });
      const history = (await as(app, world.caseworker).get(`/api/cases/${c.id}/history`).expect(200))
        .body as CaseHistoryEntry[];
      expect(history.filter((entry) => entry.action === 'approve')).toHaveLength(2);
    });
  });

  describe('refusals', () => {
    it('never lets the creator step, nor one user step twice (403 case.four_eyes)', async () => {
      const own = await submittedCase(world, { creator: world.grassrootsReviewer });
      await refused(approve(world, world.grassrootsReviewer, own.id, 800_000), 'case.four_eyes');

      const c = await submittedCase(world);
      await approve(world, world.industryReviewer, c.id, 800_000).expect(200);
      await refused(approve(world, world.industryReviewer, c.id, 800_000), 'case.four_eyes');
    });

    it('wants the next step from a level above the last one (409 case.level)', async () => {
      const c = await submittedCase(world);
      await approve(world, world.industryReviewer, c.id, 800_000).expect(200);
      await refused(approve(world, world.industryReviewer2, c.id, 800_000), 'case.level');
      await refused(approve(world, world.grassrootsReviewer, c.id, 800_000), 'case.level');
      expect((await caseOf(world.caseworker, c.id)).approvals).toHaveLength(1);
    });

    it('lets a later step lower the amount, never raise it (409 case.amount_raised)', async () => {
      const c = await submittedCase(world, { requestedAmount: 1_000_000 });
      await approve(world, world.industryReviewer, c.id, 800_000).expect(200);
      await refused(approve(world, world.centerReviewer, c.id, 900_000), 'case.amount_raised');
      const approved = (await approve(world, world.centerReviewer, c.id, 700_000).expect(200))
        .body as CaseView;
      expect(approved).toMatchObject({ status: 'approved', approvedAmount: 700_000 });
    });

    it('answers 404 to a reviewer of a sibling industry union', async () => {
      const c = await submittedCase(world);
      await refused(approve(world, world.siblingReviewer, c.id, 800_000), 'case.not_found');
      await refused(
        as(app, world.siblingReviewer).post(`/api/cases/${c.id}/objections`, {
          content: '情况不实',
          receivedVia: 'phone',
        }),
        'case.not_found',
      );
    });
  });

  describe('the review queue', () => {
    it('follows the levels: the industry union first, then the center', async () => {
      const c = await submittedCase(world);
      expect(await reviewQueue(world.industryReviewer)).toContain(c.id);
      expect(await reviewQueue(world.grassrootsReviewer)).toContain(c.id);
      expect(await reviewQueue(world.centerReviewer)).not.toContain(c.id);
      expect(await reviewQueue(world.siblingReviewer)).not.toContain(c.id);

      await approve(world, world.industryReviewer, c.id, 800_000).expect(200);
      expect(await reviewQueue(world.industryReviewer)).not.toContain(c.id);
      expect(await reviewQueue(world.grassrootsReviewer)).not.toContain(c.id);
      expect(await reviewQueue(world.centerReviewer)).toContain(c.id);

      await approve(world, world.centerReviewer, c.id, 800_000).expect(200);
      expect(await reviewQueue(world.centerReviewer)).not.toContain(c.id);
    });

    it('leaves out the reviewer’s own cases', async () => {
      const own = await submittedCase(world, { creator: world.industryReviewer });
      expect(await reviewQueue(world.industryReviewer)).not.toContain(own.id);
      expect(await reviewQueue(world.industryReviewer2)).toContain(own.id);
    });
  });

  describe('concurrency', () => {
    it('never lets two reviewers both make the same step', async () => {
      for (let round = 0; round < 10; round++) {
        const c = await submittedCase(world);
        const industry = await Promise.all([
          approve(world, world.industryReviewer, c.id, 800_000),
          approve(world, world.industryReviewer2, c.id, 800_000),
        ]);
        expect(industry.map((answer) => [answer.status, answer.body.code]).sort()).toEqual([
          [200, undefined],
          [409, 'case.level'],
        ]);
        const center = await Promise.all([
          approve(world, world.centerReviewer, c.id, 800_000),
          approve(world, world.centerReviewer2, c.id, 800_000),
        ]);
        expect(center.map((answer) => [answer.status, answer.body.code]).sort()).toEqual([
          [200, undefined],
          [409, 'case.transition'],
        ]);
        const after = await caseOf(world.caseworker, c.id);
        expect(after).toMatchObject({ status: 'approved' });
        expect(after.approvals.map((step) => step.level)).toEqual(['industry', 'center']);
      }
    }, 120_000);
  });
});

describe('approval without a policy (a fresh install, an upgrade)', () => {
  let app: TestApp;
  let world: ApprovalWorld;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await approvalWorld(app, { policy: false });
  });
  afterAll(() => app.stop());

  it('makes one reviewer’s approval final, with no notice', async () => {
    const c = await submittedCase(world, { requestedAmount: 9_000_000 });
    const approved = (await approve(world, world.grassrootsReviewer, c.id, 9_000_000).expect(200))
      .body as CaseView;
    expect(approved).toMatchObject({
      status: 'approved',
      approvedAmount: 9_000_000,
      awaitingLevel: null,
      noticeStartsOn: null,
      noticeEndsOn: null,
    });
    expect(approved.approvals).toHaveLength(1);
  });

  it('lists every submitted case in scope but the reviewer’s own for review', async () => {
    const c = await submittedCase(world);
    const own = await submittedCase(world, { creator: world.industryReviewer });
    const queue = async (token: string) =>
      (
        (await as(app, token).get('/api/cases', { review: 'true' }).expect(200)).body as Page<CaseListItem>
      ).items.map((item) => item.id);
    for (const token of [world.centerReviewer, world.industryReviewer2, world.grassrootsReviewer]) {
      expect(await queue(token)).toEqual(expect.arrayContaining([c.id, own.id]));
    }
    expect(await queue(world.industryReviewer)).toContain(c.id);
    expect(await queue(world.industryReviewer)).not.toContain(own.id);
    expect(await queue(world.siblingReviewer)).toEqual([]);
  });
});
