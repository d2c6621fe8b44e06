import { DataSource } from 'typeorm';
import request from 'supertest';
import {
  INBOX_KINDS,
  type BatchView,
  type CampaignLineView,
  type CampaignView,
  type CaseView,
  type FileView,
  type ImportSummary,
  type InboxCounts,
  type InboxView,
  type Page,
  type Role,
  type UnitView,
} from '@worker-aid/shared/domain';
import {
  activeFile,
  approvedCase,
  closedFile,
  dayFromToday,
  demoPolicy,
  putPolicy,
  registerWorker,
  setCampaignNotice,
  setCaseState,
  setFollowUpDue,
  setStandard,
  submittedCase,
  submittedFile,
} from './support/approval-states';
import {
  activeFile as activeCampaignFile,
  approvedCampaign,
  as,
  buildRoster,
  campaignWorld,
  draftCampaign,
  type CampaignWorld,
} from './support/campaign-world';
import { isValidated, uploadSheet, validRow, waitForImport, workerXlsx } from './support/sheets';
import { TestApp } from './support/test-app';

const counts = (values: Partial<InboxCounts>): InboxCounts =>
  Object.fromEntries(INBOX_KINDS.map((kind) => [kind, values[kind] ?? 0])) as InboxCounts;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

/**
 * center → industry A → station A1, and A's sibling B; everything is in A1. Cases: r1 awaits the
 * industry step, r2 (an industry step of ¥2,500 made) awaits the center, r3 awaits the industry
 * step but was logged by A's reviewer; n1 is in notice until tomorrow, n2 for ten more days; p1's
 * notice ended yesterday and p2 had none (both approved, to pay). Files: fa1 submitted, fn1 in
 * notice until today, fr1 due for review in ten days, fc1 closed with a follow-up visit due since
 * yesterday. One worker sheet checked and waiting to be committed.
 */
describe('the inbox (待办)', () => {
  let app: TestApp;
  let admin: string;
  let unitA1: UnitView;
  const token = {} as Record<
    'manager' | 'finance' | 'auditor' | 'reviewerA' | 'caseworkerA1' | 'reviewerA1' | 'reviewerB',
    string
  >;
  let c: Record<'r1' | 'r2' | 'r3' | 'n1' | 'n2' | 'p1' | 'p2', CaseView>;
  let f: Record<'fa1' | 'fn1' | 'fr1' | 'fc1', FileView>;
  const workerNames: Record<string, string> = {};
  let sheet: ImportSummary;

  const inbox = async (who: string) =>
    (await request(app.http).get('/api/inbox').auth(who, { type: 'bearer' }).expect(200)).body as InboxView;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.adminToken();
    const center = await app.rootUnit(admin);
    const unitA = await app.createUnit(admin, center.id, 'industry');
    const unitB = await app.createUnit(admin, center.id, 'industry');
    unitA1 = await app.createUnit(admin, unitA.id, 'grassroots');
    await setStandard(app, admin, unitA.id);
    const user = async (unitId: string, role: Role) => app.tokenFor(admin, unitId, role);
    const centerReviewer = (await user(center.id, 'reviewer')).token;
    token.manager = (await user(center.id, 'manager')).token;
    token.finance = (await user(center.id, 'finance')).token;
    token.auditor = (await user(center.id, 'auditor')).token;
    const industryReviewer = await user(unitA.id, 'reviewer');
    token.reviewerA = industryReviewer.token;
    token.caseworkerA1 = (await user(unitA1.id, 'caseworker')).token;
    token.reviewerA1 = (await user(unitA1.id, 'reviewer')).token;
    token.reviewerB = (await user(unitB.id, 'reviewer')).token;

    let workers = 0;
    const worker = async () => {
      workers += 1;
      const name = `王${'一二三四五六七八九十壹贰'[workers]}`;
      const registered = await registerWorker(app, admin, unitA1.id, name);
      workerNames[registered.id] = name;
      return registered.id;
    };
    const caseworker = token.caseworkerA1;
    const notice = (from: number, to: number) => ({
      noticeStartsOn: dayFromToday(from),
      noticeEndsOn: dayFromToday(to),
    });
    c = {
      r1: await submittedCase(app, caseworker, await worker()),
      r2: await submittedCase(app, caseworker, await worker()),
      r3: await submittedCase(app, token.reviewerA, await worker()),
      n1: await approvedCase(app, caseworker, centerReviewer, await worker(), notice(-4, 1)),
      n2: await approvedCase(app, caseworker, centerReviewer, await worker(), notice(-1, 10)),
      p1: await approvedCase(app, caseworker, centerReviewer, await worker(), notice(-6, -1), 310_000),
      p2: await approvedCase(
        app,
        caseworker,
        centerReviewer,
        await worker(),
        { noticeStartsOn: null, noticeEndsOn: null },
        320_000,
      ),
    };
    await setCaseState(app, c.r1.id, { awaitingLevel: 'industry', approvals: [], updatedAt: hoursAgo(3) });
    await setCaseState(app, c.r2.id, {
      awaitingLevel: 'center',
      updatedAt: hoursAgo(2),
      approvals: [
        {
          level: 'industry',
          unitId: unitA.id,
          userId: industryReviewer.user.id,
          amount: 250_000,
          comment: null,
          at: hoursAgo(2).toISOString(),
        },
      ],
    });
    await setCaseState(app, c.r3.id, { awaitingLevel: 'industry', approvals: [], updatedAt: hoursAgo(5) });
    await setCaseState(app, c.p1.id, { updatedAt: hoursAgo(24) });
    await setCaseState(app, c.p2.id, { updatedAt: hoursAgo(48) });
    f = {
      fa1: await submittedFile(app, caseworker, await worker()),
      fn1: await activeFile(app, caseworker, centerReviewer, await worker(), {
        ...notice(-5, 0),
        reviewDueOn: dayFromToday(200),
      }),
      fr1: await activeFile(app, caseworker, centerReviewer, await worker(), {
        reviewDueOn: dayFromToday(10),
      }),
      fc1: await closedFile(app, caseworker, centerReviewer, await worker()),
    };
    await setFollowUpDue(app, f.fc1.id, dayFromToday(-1));
    sheet = (await uploadSheet(app.http, caseworker, await workerXlsx([validRow(unitA1.code)])).expect(202))
      .body as ImportSummary;
    await waitForImport(app.http, caseworker, sheet.id, isValidated);
  }, 180_000);
  afterAll(() => app.stop());

  const titleOf = (aidCase: CaseView) => `${aidCase.caseNo} ${workerNames[aidCase.workerId]}`;

  describe('without a policy every reviewer in scope decides (v1)', () => {
    it('counts every submitted case in scope not logged by the reviewer', async () => {
      expect((await inbox(token.reviewerA)).counts.review).toBe(2);
      expect((await inbox(token.manager)).counts.review).toBe(3);
      expect((await inbox(token.reviewerA1)).counts.review).toBe(3);
      expect((await inbox(admin)).counts.review).toBe(3);
    });
  });

  describe('with a policy', () => {
    beforeAll(() => putPolicy(app, admin, demoPolicy()));

    it('counts what waits for each role at its level, 0 for what the role may not do', async () => {
      const everything = {
        fileApprovals: 1,
        noticeEnding: 2,
        filesReviewDue: 1,
        followUpsDue: 1,
        imports: 1,
      };
      expect((await inbox(admin)).counts).toEqual(counts({ ...everything, review: 1, toPay: 2 }));
      expect((await inbox(token.manager)).counts).toEqual(counts({ review: 1, fileApprovals: 1 }));
      expect((await inbox(token.finance)).counts).toEqual(counts({ noticeEnding: 2, toPay: 2 }));
      expect(await inbox(token.auditor)).toEqual({ counts: counts({}), items: [] });
      expect((await inbox(token.reviewerA)).counts).toEqual(counts({ ...everything, review: 1 }));
      expect((await inbox(token.caseworkerA1)).counts).toEqual(
        counts({ noticeEnding: 2, filesReviewDue: 1, followUpsDue: 1, imports: 1 }),
      );
      expect((await inbox(token.reviewerA1)).counts).toEqual(counts({ ...everything, review: 2 }));
    });

    it('shows nothing of a sibling union', async () => {
      expect(await inbox(token.reviewerB)).toEqual({ counts: counts({}), items: [] });
    });

    it('lists the first items of each kind, most urgent first, with titles and amounts', async () => {
      const { items } = await inbox(admin);
      expect(items.map((item) => item.kind)).toEqual([
        'review',
        'fileApprovals',
        'noticeEnding',
        'noticeEnding',
        'filesReviewDue',
        'followUpsDue',
        'toPay',
        'toPay',
        'imports',
      ]);
      const of = (kind: string) => items.filter((item) => item.kind === kind);
      expect(of('review')).toEqual([
        {
          kind: 'review',
          entityType: 'case',
          entityId: c.r2.id,
          title: titleOf(c.r2),
          since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
          amount: 250_000,
        },
      ]);
      expect(of('noticeEnding')).toEqual([
        expect.objectContaining({
          entityType: 'file',
          entityId: f.fn1.id,
          since: dayFromToday(0),
          amount: null,
        }),
        expect.objectContaining({
          entityType: 'case',
          entityId: c.n1.id,
          title: titleOf(c.n1),
          since: dayFromToday(1),
          amount: 300_000,
        }),
      ]);
      expect(of('noticeEnding')[0].title).toBe(`${f.fn1.fileNo} ${workerNames[f.fn1.workerId]}`);
      expect(of('fileApprovals')).toEqual([
        expect.objectContaining({ entityType: 'file', entityId: f.fa1.id }),
      ]);
      expect(of('filesReviewDue')).toEqual([
        expect.objectContaining({ entityId: f.fr1.id, since: dayFromToday(10) }),
      ]);
      expect(of('followUpsDue')).toEqual([
        expect.objectContaining({ entityType: 'file', entityId: f.fc1.id, since: dayFromToday(-1) }),
      ]);
      expect(of('toPay').map((item) => [item.entityId, item.amount])).toEqual([
        [c.p2.id, 320_000],
        [c.p1.id, 310_000],
      ]);
      expect(of('imports')).toEqual([
        expect.objectContaining({ entityType: 'import', entityId: sheet.id, title: 'workers.xlsx' }),
      ]);
    });

    it('orders a level’s queue by how long each case has waited', async () => {
      const { items } = await inbox(token.reviewerA1);
      expect(items.filter((item) => item.kind === 'review').map((item) => item.entityId)).toEqual([
        c.r3.id,
        c.r1.id,
      ]);
      const manager = await inbox(token.manager);
      expect([...new Set(manager.items.map((item) => item.kind))]).toEqual(['review', 'fileApprovals']);
    });

    // Last: it changes a case for good.
    it('leaves out an approved case with nothing to pay (legal aid without cash)', async () => {
      await app.server.app
        .get(DataSource)
        .query('UPDATE aid_case SET requested_amount = 0, approved_amount = 0 WHERE id = $1', [c.p2.id]);
      const { counts, items } = await inbox(token.finance);
      expect(counts.toPay).toBe(1);
      expect(items.filter((item) => item.kind === 'toPay').map((item) => item.entityId)).toEqual([c.p1.id]);
    });
  });

  /**
   * Campaigns of the campaign world's industry union (its sibling holds none), five days of
   * notice; two active files, so every roster is ¥1,500 (deep) + ¥1,000 (relative). Created and
   * submitted by its manager: one submitted (its relative line excluded), one approved in notice,
   * one whose notice ends tomorrow; out of notice: one unpaid, one without notice, one whose
   * relative line failed (the deep one paid), one fully paid, one with every line excluded.
   */
  describe('campaigns', () => {
    let world: CampaignWorld;
    const user = {} as Record<'finance' | 'siblingFinance', string>;
    let k: Record<
      | 'submitted'
      | 'inNotice'
      | 'endsTomorrow'
      | 'toPay'
      | 'noNotice'
      | 'failedLine'
      | 'fullyPaid'
      | 'allExcluded',
      CampaignView
    >;
    const DEEP = 150_000;
    const RELATIVE = 100_000;

    const linesOf = async (campaignId: string) =>
      (
        (await as(app, world.manager).get(`/api/campaigns/${campaignId}/lines`).expect(200))
          .body as Page<CampaignLineView>
      ).items;
    const lineOf = async (campaignId: string, tier: string) =>
      (await linesOf(campaignId)).find((line) => line.tier === tier)?.id ?? '';
    const outOfNotice = (
      campaign: CampaignView,
      notice = { noticeStartsOn: dayFromToday(-6), noticeEndsOn: dayFromToday(-1) },
    ) => setCampaignNotice(app, campaign.id, notice);
    /** A cash batch of the campaign's unpaid lines, its results: the deep line paid, the other as given. */
    const pay = async (campaign: CampaignView, relativePaid: boolean) => {
      const batch = (
        await as(app, world.industryAdmin)
          .post(`/api/campaigns/${campaign.id}/batches`, { method: 'cash' })
          .expect(201)
      ).body as BatchView;
      await as(app, world.industryAdmin)
        .post(`/api/batches/${batch.id}/results`, {
          results: [
            { lineId: await lineOf(campaign.id, 'deep'), paid: true },
            relativePaid
              ? { lineId: await lineOf(campaign.id, 'relative'), paid: true }
              : { lineId: await lineOf(campaign.id, 'relative'), paid: false, failure: '本人未到场领取' },
          ],
        })
        .expect(200);
    };

    beforeAll(async () => {
      await putPolicy(app, admin, demoPolicy());
      world = await campaignWorld(app);
      user.finance = (await app.tokenFor(world.admin, world.industry.id, 'finance')).token;
      user.siblingFinance = (await app.tokenFor(world.admin, world.sibling.id, 'finance')).token;
      await activeCampaignFile(world, world.grassroots.id, 'deep');
      await activeCampaignFile(world, world.industry.id, 'relative');
      // Files in notice for five days: not ending soon, not in the counts below.

      const submitted = await draftCampaign(world, { name: '待审批的送温暖' });
      await buildRoster(world, submitted.id);
      await as(app, world.manager)
        .patch(`/api/campaigns/${submitted.id}/lines/${await lineOf(submitted.id, 'relative')}`, {
          excluded: true,
          reason: '已调离本单位',
        })
        .expect(200);
      await as(app, world.manager).post(`/api/campaigns/${submitted.id}/submit`).expect(200);
      const approved = async (name: string) => approvedCampaign(world, { name });
      k = {
        submitted,
        inNotice: await approved('公示中的送温暖'),
        endsTomorrow: await approved('明天公示期满的送温暖'),
        toPay: await approved('待发放的送温暖'),
        noNotice: await approved('不公示的送温暖'),
        failedLine: await approved('有发放失败的送温暖'),
        fullyPaid: await approved('已发放完的送温暖'),
        allExcluded: await approved('全部剔除的送温暖'),
      };
      await setCampaignNotice(app, k.endsTomorrow.id, {
        noticeStartsOn: dayFromToday(-4),
        noticeEndsOn: dayFromToday(1),
      });
      await setCampaignNotice(app, k.noNotice.id, { noticeStartsOn: null, noticeEndsOn: null });
      for (const campaign of [k.toPay, k.failedLine, k.fullyPaid, k.allExcluded]) await outOfNotice(campaign);
      await pay(k.failedLine, false);
      await pay(k.fullyPaid, true);
      await app.server.app
        .get(DataSource)
        .query(`UPDATE campaign_line SET status = 'excluded', reason = '公示有异议' WHERE campaign_id = $1`, [
          k.allExcluded.id,
        ]);
    }, 180_000);

    it('counts the submitted campaign for a reviewer and a manager other than its creator', async () => {
      expect((await inbox(world.manager2)).counts).toEqual(counts({ campaignApprovals: 1 }));
      expect((await inbox(world.reviewer)).counts).toEqual(counts({ campaignApprovals: 1, noticeEnding: 1 }));
      // Four eyes: its creator may not approve it, so it does not wait for them.
      expect((await inbox(world.manager)).counts).toEqual(counts({}));
    });

    it('counts the campaigns out of notice with a line unpaid for finance, and the notice ending', async () => {
      expect((await inbox(user.finance)).counts).toEqual(counts({ noticeEnding: 1, campaignsToPay: 3 }));
      expect((await inbox(world.industryAdmin)).counts).toEqual(
        counts({ campaignApprovals: 1, noticeEnding: 1, campaignsToPay: 3 }),
      );
    });

    it('shows nothing of a sibling union', async () => {
      expect(await inbox(world.siblingManager)).toEqual({ counts: counts({}), items: [] });
      expect(await inbox(user.siblingFinance)).toEqual({ counts: counts({}), items: [] });
    });

    it('lists the campaign to approve with the total of the lines not excluded', async () => {
      const { items } = await inbox(world.manager2);
      expect(items).toEqual([
        {
          kind: 'campaignApprovals',
          entityType: 'campaign',
          entityId: k.submitted.id,
          title: '待审批的送温暖',
          since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
          amount: DEEP,
        },
      ]);
    });

    it('lists the campaigns to pay, the longest approved first, with what is unpaid', async () => {
      const { items } = await inbox(user.finance);
      const toPay = (campaign: CampaignView, amount: number) => ({
        kind: 'campaignsToPay',
        entityType: 'campaign',
        entityId: campaign.id,
        title: campaign.name,
        since: campaign.approvedAt,
        amount,
      });
      expect(items.filter((item) => item.kind === 'campaignsToPay')).toEqual([
        toPay(k.toPay, DEEP + RELATIVE),
        toPay(k.noNotice, DEEP + RELATIVE),
        toPay(k.failedLine, RELATIVE),
      ]);
    });

    it('lists a campaign whose notice ends tomorrow among the notices ending', async () => {
      const { items } = await inbox(user.finance);
      expect(items.filter((item) => item.kind === 'noticeEnding')).toEqual([
        {
          kind: 'noticeEnding',
          entityType: 'campaign',
          entityId: k.endsTomorrow.id,
          title: '明天公示期满的送温暖',
          since: dayFromToday(1),
          amount: DEEP + RELATIVE,
        },
      ]);
    });
  });
});
