import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  campaignInNotice,
  dayDaysAfter,
  todayInCenter,
  type AuditEntryView,
  type CampaignLineView,
  type CampaignListItem,
  type CampaignView,
  type CreateCampaignRequest,
  type Page,
} from '@worker-aid/shared/domain';
import { FieldKeyring, generateEncryptionKeys, installFieldKeyring } from '@worker-aid/api/core';
import { seedDemoApprovals } from '../src/demo/demo-approvals';
import { seedDemoCampaigns } from '../src/demo/demo-campaigns';
import { seedDemoCases } from '../src/demo/demo-cases';
import { seedDemoFiles } from '../src/demo/demo-files';
import { seedDemo } from '../src/demo/demo-seeder';
import { seedDemoStandards } from '../src/demo/demo-standards';
import { rotateEncryptionKeys } from '../src/maintenance/rotate-keys';
import { approvalPolicy } from './support/approval-world';
import {
  activeFile,
  approvedCampaign,
  as,
  buildRoster,
  campaignWorld,
  draftCampaign,
  festivalRules,
  fundOf,
  schoolRules,
  type CampaignWorld,
} from './support/campaign-world';
import { invalidField, refused } from './support/refused';
import { PASSWORD, TestApp } from './support/test-app';

/**
 * Campaigns paid in batches (API.md "Campaigns and batches"): the rules, the roster built from
 * active files, its lines, approval with four eyes and the fund's balance, the notice.
 */
describe('campaigns', () => {
  let app: TestApp;
  let world: CampaignWorld;
  let dataSource: DataSource;
  /** Active files of the industry union's workstation: deep, relative, sudden (a migrant), and one of the sibling union. */
  const files: Record<
    'deep' | 'relative' | 'sudden' | 'sibling',
    { workerId: string; fileNo: string; name: string }
  > = {} as never;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await campaignWorld(app);
    dataSource = app.server.app.get(DataSource);
    const deep = await activeFile(world, world.grassroots.id, 'deep', { name: '张建国' });
    const relative = await activeFile(world, world.industry.id, 'relative', { name: '李秀英' });
    const sudden = await activeFile(world, world.grassroots.id, 'sudden', {
      name: '王德福',
      migrantWorker: true,
    });
    const siblingReviewer = (await app.tokenFor(world.admin, world.sibling.id, 'reviewer')).token;
    const sibling = await activeFile({ ...world, reviewer: siblingReviewer }, world.sibling.id, 'deep', {
      name: '赵外单',
    });
    for (const [key, value] of Object.entries({ deep, relative, sudden, sibling })) {
      files[key as keyof typeof files] = {
        workerId: value.worker.id,
        fileNo: value.file.fileNo,
        name: value.worker.name,
      };
    }
  });
  afterAll(() => app.stop());
  /** The school campaign (of the sibling union) and its line, for the key rotation at the end. */
  let school = { campaignId: '', lineId: '' };

  const linesOf = async (campaignId: string, query: Record<string, string> = {}) =>
    (
      (await as(app, world.manager).get(`/api/campaigns/${campaignId}/lines`, query).expect(200))
        .body as Page<CampaignLineView>
    ).items;

  describe('rules', () => {
    it('creates a draft held by the creator’s unit, with empty totals', async () => {
      const campaign = await draftCampaign(world);
      expect(campaign).toMatchObject({
        status: 'draft',
        kind: 'festival',
        year: 2026,
        unitId: world.industry.id,
        unitName: world.industry.name,
        fundId: world.fund.id,
        eligibility: { tiers: ['deep', 'relative', 'sudden'] },
        rosterBuiltAt: null,
        approvedBy: null,
        noticeEndsOn: null,
        createdBy: world.managerId,
        totals: { lines: 0, excluded: 0, amount: 0, paidLines: 0, byTier: [] },
      });
    });

    it('refuses rules that break the validation, naming the field', async () => {
      const rules = festivalRules(world.fund.id);
      const post = (body: object) => as(app, world.manager).post('/api/campaigns', { ...rules, ...body });
      await invalidField(post({ name: '' }), 'name', 'length');
      await invalidField(post({ name: '名'.repeat(101) }), 'name', 'length');
      await invalidField(post({ kind: 'winter' }), 'kind', 'one_of');
      await invalidField(post({ year: 1999 }), 'year', 'min');
      await invalidField(post({ year: 2101 }), 'year', 'max');
      await invalidField(post({ eligibility: undefined }), 'eligibility', 'required');
      await refused(post({ eligibility: null }), 'validation');
      await refused(post({ amounts: [null] }), 'validation');
      await invalidField(post({ eligibility: { tiers: [] } }), 'eligibility.tiers', 'required');
      await invalidField(
        post({ eligibility: { tiers: ['deep', 'deep'] }, amounts: [{ tier: 'deep', amount: 1 }] }),
        'eligibility.tiers',
        'distinct',
      );
      await invalidField(post({ eligibility: { tiers: ['none'] } }), 'eligibility.tiers', 'one_of');
      await invalidField(post({ amounts: rules.amounts.slice(1) }), 'amounts', 'required');
      await invalidField(
        post({ amounts: [...rules.amounts, { tier: 'deep', amount: 5 }] }),
        'amounts[3]',
        'distinct',
      );
      await invalidField(
        post({ amounts: [{ tier: 'deep', amount: 1.5 }, ...rules.amounts.slice(1)] }),
        'amounts.0.amount',
        'fen',
      );
      await invalidField(
        post({ amounts: [{ tier: 'deep', amount: -1 }, ...rules.amounts.slice(1)] }),
        'amounts.0.amount',
        'fen',
      );
      // Only the eligible tiers take an amount.
      await invalidField(post({ eligibility: { tiers: ['deep'] } }), 'amounts[1]', 'invalid');
    });

    it('wants an amount per tier and school level for school aid', async () => {
      const rules = schoolRules(world.fund.id);
      const post = (body: object) => as(app, world.manager).post('/api/campaigns', { ...rules, ...body });
      await invalidField(post({ amounts: rules.amounts.slice(1) }), 'amounts', 'required');
      await invalidField(post({ amounts: festivalRules(world.fund.id).amounts }), 'amounts', 'required');
      await invalidField(
        as(app, world.manager).post('/api/campaigns', {
          ...festivalRules(world.fund.id),
          amounts: [
            ...festivalRules(world.fund.id).amounts.slice(1),
            { tier: 'deep', level: 'university', amount: 1 },
          ],
        }),
        'amounts[2].level',
        'invalid',
      );
      await post({}).expect(201);
    });

    it('answers 404 for a fund outside the caller’s scope, 409 for one that does not cover the unit', async () => {
      const siblingAdmin = (await app.tokenFor(world.admin, world.sibling.id, 'admin')).token;
      const siblingFund = await fundOf(app, siblingAdmin, 0);
      await refused(
        as(app, world.manager).post('/api/campaigns', festivalRules(siblingFund.id)),
        'fund.not_found',
      );
      // A fund of the workstation, which the industry manager sees but which cannot pay the whole union.
      const grassrootsAdmin = (await app.tokenFor(world.admin, world.grassroots.id, 'admin')).token;
      const grassrootsFund = await fundOf(app, grassrootsAdmin, 0);
      await refused(
        as(app, world.manager).post('/api/campaigns', festivalRules(grassrootsFund.id)),
        'fund.not_covering',
      );
    });

    it('lets only administrators and managers create a campaign', async () => {
      await refused(
        as(app, world.reviewer).post('/api/campaigns', festivalRules(world.fund.id)),
        'auth.forbidden',
      );
    });

    it('edits a draft’s rules, and refuses once it is submitted (campaign.not_draft)', async () => {
      const campaign = await draftCampaign(world);
      const edited = (
        await as(app, world.manager)
          .patch(`/api/campaigns/${campaign.id}`, {
            name: '2026年元旦春节送温暖',
            year: 2027,
            eligibility: { tiers: ['deep'], migrantOnly: true },
            amounts: [{ tier: 'deep', amount: 200_000 }],
          })
          .expect(200)
      ).body as CampaignView;
      expect(edited).toMatchObject({
        name: '2026年元旦春节送温暖',
        year: 2027,
        kind: 'festival',
        eligibility: { tiers: ['deep'], migrantOnly: true },
        amounts: [{ tier: 'deep', amount: 200_000 }],
      });
      // The amounts must still fit the eligibility.
      await invalidField(
        as(app, world.manager).patch(`/api/campaigns/${campaign.id}`, {
          eligibility: { tiers: ['deep', 'sudden'] },
        }),
        'amounts',
        'required',
      );
      // `kind` is not editable.
      await invalidField(
        as(app, world.manager).patch(`/api/campaigns/${campaign.id}`, festivalRules(world.fund.id)),
        'kind',
        'unknown_field',
      );
      const rules: Partial<CreateCampaignRequest> = festivalRules(world.fund.id);
      delete rules.kind;
      await as(app, world.manager).patch(`/api/campaigns/${campaign.id}`, rules).expect(200);
      await buildRoster(world, campaign.id);
      await as(app, world.manager).post(`/api/campaigns/${campaign.id}/submit`).expect(200);
      await refused(
        as(app, world.manager).patch(`/api/campaigns/${campaign.id}`, { name: '改名' }),
        'campaign.not_draft',
      );
      await refused(
        as(app, world.manager).post(`/api/campaigns/${campaign.id}/roster`),
        'campaign.not_draft',
      );
    });
  });

  describe('roster', () => {
    it('takes every active file of the unit’s subtree, by unit code and file number, at its tier’s amount', async () => {
      const campaign = await draftCampaign(world);
      expect(await buildRoster(world, campaign.id)).toEqual({ lines: 3, amount: 330_000, kept: 0 });
      const lines = await linesOf(campaign.id);
      expect(lines.map((line) => line.lineNo)).toEqual([1, 2, 3]);
      expect(lines.map((line) => line.workerId).sort()).toEqual(
        [files.deep.workerId, files.relative.workerId, files.sudden.workerId].sort(),
      );
      expect(lines.map((line) => line.workerId)).not.toContain(files.sibling.workerId);
      const deep = lines.find((line) => line.workerId === files.deep.workerId);
      expect(deep).toMatchObject({
        campaignId: campaign.id,
        workerName: '张建国',
        unitId: world.grassroots.id,
        unitName: world.grassroots.name,
        fileNo: files.deep.fileNo,
        tier: 'deep',
        migrantWorker: false,
        standardAmount: 150_000,
        amount: 150_000,
        status: 'unpaid',
        reason: null,
        children: [],
        bankAccount: null,
        batchId: null,
        failure: null,
        paymentId: null,
      });
      expect(deep?.idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      const view = (await as(app, world.manager).get(`/api/campaigns/${campaign.id}`).expect(200))
        .body as CampaignView;
      expect(view.rosterBuiltAt).not.toBeNull();
      expect(view.totals).toEqual({
        lines: 3,
        excluded: 0,
        amount: 330_000,
        paidLines: 0,
        paidAmount: 0,
        inBatchLines: 0,
        failedLines: 0,
        byTier: [
          { tier: 'deep', lines: 1, amount: 150_000 },
          { tier: 'relative', lines: 1, amount: 100_000 },
          { tier: 'sudden', lines: 1, amount: 80_000 },
        ],
      });
      // Built again: the same snapshot, not twice the lines.
      expect(await buildRoster(world, campaign.id)).toEqual({ lines: 3, amount: 330_000, kept: 0 });
    });

    it('keeps to the eligible tiers and, when asked, to migrant workers', async () => {
      const campaign = await draftCampaign(world, {
        eligibility: { tiers: ['deep', 'sudden'], migrantOnly: true },
        amounts: [
          { tier: 'deep', amount: 150_000 },
          { tier: 'sudden', amount: 80_000 },
        ],
      });
      expect(await buildRoster(world, campaign.id)).toEqual({ lines: 1, amount: 80_000, kept: 0 });
      expect((await linesOf(campaign.id))[0]).toMatchObject({
        workerId: files.sudden.workerId,
        migrantWorker: true,
      });
    });

    it('covers only the unit’s subtree: a workstation’s campaign has its workstation’s files', async () => {
      const grassrootsAdmin = (await app.tokenFor(world.admin, world.grassroots.id, 'admin')).token;
      const fund = await fundOf(app, grassrootsAdmin, 0);
      const campaign = (
        await as(app, grassrootsAdmin).post('/api/campaigns', festivalRules(fund.id)).expect(201)
      ).body as CampaignView;
      expect(campaign.unitId).toBe(world.grassroots.id);
      expect(await buildRoster(world, campaign.id, grassrootsAdmin)).toEqual({
        lines: 2,
        amount: 230_000,
        kept: 0,
      });
    });

    it('pays school aid per child entering senior high school or university, children encrypted at rest', async () => {
      // In the sibling union, so that the other tests' rosters stay as they are.
      const year = 2026;
      const siblingAdmin = (await app.tokenFor(world.admin, world.sibling.id, 'admin')).token;
      const siblingReviewer = (await app.tokenFor(world.admin, world.sibling.id, 'reviewer')).token;
      const { worker } = await activeFile(
        { ...world, reviewer: siblingReviewer },
        world.sibling.id,
        'relative',
        {
          name: '陈学军',
          childBirthYears: [year - 18, year - 15, year - 10],
        },
      );
      const fund = await fundOf(app, siblingAdmin, 0);
      const campaign = (
        await as(app, world.siblingManager).post('/api/campaigns', schoolRules(fund.id, year)).expect(201)
      ).body as CampaignView;
      // Only the new worker has children of those ages.
      expect(await buildRoster(world, campaign.id, world.siblingManager)).toEqual({
        lines: 1,
        amount: 800_000,
        kept: 0,
      });
      const [line] = (
        (await as(app, world.siblingManager).get(`/api/campaigns/${campaign.id}/lines`).expect(200))
          .body as Page<CampaignLineView>
      ).items;
      expect(line).toMatchObject({
        workerId: worker.id,
        tier: 'relative',
        standardAmount: 800_000,
        amount: 800_000,
        children: [
          { name: '周小明', birthYear: year - 18, level: 'university' },
          { name: '周小红', birthYear: year - 15, level: 'senior_high' },
        ],
      });
      const [stored] = await dataSource.query<{ children: string }[]>(
        `SELECT children::text FROM campaign_line WHERE id = $1`,
        [line?.id],
      );
      expect(stored?.children).not.toContain('周小明');
      school = { campaignId: campaign.id, lineId: line?.id ?? '' };
    });

    it('proves the database refuses a second line for a worker (campaign_line_worker_key)', async () => {
      const campaign = await draftCampaign(world);
      await buildRoster(world, campaign.id);
      await expect(
        dataSource.query(
          `INSERT INTO campaign_line (campaign_id, line_no, worker_id, unit_id, file_id, tier, migrant_worker,
                                      standard_amount, amount, status)
           SELECT campaign_id, 99, worker_id, unit_id, file_id, tier, migrant_worker, 1, 1, 'unpaid'
             FROM campaign_line WHERE campaign_id = $1 AND line_no = 1`,
          [campaign.id],
        ),
      ).rejects.toMatchObject({ constraint: 'campaign_line_worker_key' });
    });

    it('audits the roster with its counts', async () => {
      const campaign = await draftCampaign(world);
      await buildRoster(world, campaign.id);
      const audit = (await as(app, world.admin).get('/api/audit', { limit: '50' }).expect(200))
        .body as Page<AuditEntryView>;
      expect(audit.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: 'campaign.roster',
            entityId: campaign.id,
            detail: expect.objectContaining({ lines: 3, amount: 330_000 }),
          }),
        ]),
      );
    });
  });

  describe('rebuilding the roster', () => {
    /** An industry union of its own, so that the other tests' rosters stay as they are. */
    let union: Pick<CampaignWorld, 'app' | 'admin' | 'reviewer' | 'manager' | 'fund'> & { id: string };
    beforeAll(async () => {
      const unit = await app.createUnit(world.admin, world.center.id, 'industry');
      const [manager, reviewer, admin] = await Promise.all(
        (['manager', 'reviewer', 'admin'] as const).map((role) => app.tokenFor(world.admin, unit.id, role)),
      );
      union = {
        app,
        admin: world.admin,
        id: unit.id,
        manager: manager.token,
        reviewer: reviewer.token,
        fund: await fundOf(app, admin.token, 0),
      };
    });
    const linesOf = async (campaignId: string) =>
      (
        (await as(app, union.manager).get(`/api/campaigns/${campaignId}/lines`).expect(200))
          .body as Page<CampaignLineView>
      ).items;
    const lineOf = (lines: CampaignLineView[], workerId: string) =>
      lines.find((line) => line.workerId === workerId);

    it('keeps exclusions and changed amounts with their reasons, drops a changed amount whose standard changed', async () => {
      const excluded = await activeFile(union, union.id, 'deep', { name: '孙剔除' });
      const adjusted = await activeFile(union, union.id, 'relative', { name: '钱调整' });
      const repriced = await activeFile(union, union.id, 'sudden', { name: '吴调档' });
      const excludedRepriced = await activeFile(union, union.id, 'sudden', { name: '郑剔除' });
      const leaving = await activeFile(union, union.id, 'deep', { name: '冯退出' });
      const campaign = await draftCampaign(union);
      expect(await buildRoster(union, campaign.id)).toEqual({ lines: 5, amount: 560_000, kept: 0 });
      const before = await linesOf(campaign.id);
      const patch = (workerId: string, body: object) =>
        as(app, union.manager)
          .patch(`/api/campaigns/${campaign.id}/lines/${lineOf(before, workerId)?.id}`, body)
          .expect(200);
      await patch(excluded.worker.id, { excluded: true, reason: '已调离本单位' });
      await patch(adjusted.worker.id, { amount: 60_000, reason: '已领取部分慰问品' });
      await patch(repriced.worker.id, { amount: 50_000, reason: '已发临时救助' });
      await patch(excludedRepriced.worker.id, { excluded: true, amount: 40_000, reason: '本人放弃' });
      await patch(leaving.worker.id, { amount: 70_000, reason: '已领取部分慰问品' });
      // Since then: a file ended, a new one is active, and the sudden tier's standard went up.
      await as(app, union.reviewer)
        .post(`/api/files/${leaving.file.id}/exit`, { reason: 'reemployed' })
        .expect(200);
      const newcomer = await activeFile(union, union.id, 'relative', { name: '卫新增' });
      await as(app, union.manager)
        .patch(`/api/campaigns/${campaign.id}`, {
          amounts: [
            { tier: 'deep', amount: 150_000 },
            { tier: 'relative', amount: 100_000 },
            { tier: 'sudden', amount: 90_000 },
          ],
        })
        .expect(200);

      // Paid: the adjusted 600, the repriced at the new standard 900, the newcomer 1,000.
      expect(await buildRoster(union, campaign.id)).toEqual({ lines: 5, amount: 250_000, kept: 3 });
      const after = await linesOf(campaign.id);
      expect(after.map((line) => line.lineNo)).toEqual([1, 2, 3, 4, 5]);
      expect(after.at(-1)?.workerId).toBe(newcomer.worker.id);
      expect(lineOf(after, leaving.worker.id)).toBeUndefined();
      expect(lineOf(after, excluded.worker.id)).toMatchObject({
        status: 'excluded',
        reason: '已调离本单位',
        amount: 150_000,
        standardAmount: 150_000,
      });
      expect(lineOf(after, adjusted.worker.id)).toMatchObject({
        status: 'unpaid',
        reason: '已领取部分慰问品',
        amount: 60_000,
        standardAmount: 100_000,
      });
      expect(lineOf(after, repriced.worker.id)).toMatchObject({
        status: 'unpaid',
        reason: null,
        amount: 90_000,
        standardAmount: 90_000,
      });
      expect(lineOf(after, excludedRepriced.worker.id)).toMatchObject({
        status: 'excluded',
        reason: '本人放弃',
        amount: 90_000,
        standardAmount: 90_000,
      });
      expect(lineOf(after, newcomer.worker.id)).toMatchObject({
        status: 'unpaid',
        reason: null,
        amount: 100_000,
        standardAmount: 100_000,
      });
      const view = (await as(app, union.manager).get(`/api/campaigns/${campaign.id}`).expect(200))
        .body as CampaignView;
      expect(view.totals).toMatchObject({ lines: 5, excluded: 2, amount: 250_000 });
      const audit = (await as(app, world.admin).get('/api/audit', { limit: '20' }).expect(200))
        .body as Page<AuditEntryView>;
      // Newest first: the rebuild's entry.
      expect(
        audit.items.find((entry) => entry.action === 'campaign.roster' && entry.entityId === campaign.id)
          ?.detail,
      ).toMatchObject({ lines: 5, amount: 250_000, kept: 3 });
      // Built once more with nothing changed: the same decisions, kept again.
      expect(await buildRoster(union, campaign.id)).toEqual({ lines: 5, amount: 250_000, kept: 3 });
    });

    it('keeps a school line’s exclusion the same way', async () => {
      const year = 2026;
      const { worker } = await activeFile(union, union.id, 'deep', {
        name: '褚学子',
        childBirthYears: [year - 18],
      });
      const campaign = await draftCampaign(union, schoolRules(union.fund.id, year));
      expect(await buildRoster(union, campaign.id)).toEqual({ lines: 1, amount: 500_000, kept: 0 });
      const [line] = await linesOf(campaign.id);
      await as(app, union.manager)
        .patch(`/api/campaigns/${campaign.id}/lines/${line?.id}`, { excluded: true, reason: '已获其他助学' })
        .expect(200);
      expect(await buildRoster(union, campaign.id)).toEqual({ lines: 1, amount: 0, kept: 1 });
      expect(await linesOf(campaign.id)).toEqual([
        expect.objectContaining({ workerId: worker.id, status: 'excluded', reason: '已获其他助学' }),
      ]);
    });
  });

  describe('lines', () => {
    let campaign: CampaignView;
    beforeAll(async () => {
      campaign = await draftCampaign(world);
      await buildRoster(world, campaign.id);
    });

    it('finds lines by a name fragment, a file number, a line number or a whole identity number', async () => {
      expect((await linesOf(campaign.id, { q: '建国' })).map((line) => line.workerId)).toEqual([
        files.deep.workerId,
      ]);
      expect((await linesOf(campaign.id, { q: files.relative.fileNo })).map((line) => line.workerId)).toEqual(
        [files.relative.workerId],
      );
      const [row] = await dataSource.query<{ worker_id: string }[]>(
        'SELECT id AS worker_id FROM worker WHERE id = $1',
        [files.sudden.workerId],
      );
      const revealed = (
        await as(app, world.reviewer).post(`/api/workers/${row?.worker_id}/reveal`).expect(200)
      ).body as { idNumber: string };
      expect((await linesOf(campaign.id, { q: revealed.idNumber })).map((line) => line.workerId)).toEqual([
        files.sudden.workerId,
      ]);
      // A part of an identity number finds nothing: numbers are matched whole, through the blind index.
      expect(await linesOf(campaign.id, { q: revealed.idNumber.slice(0, 10) })).toEqual([]);
      expect(await linesOf(campaign.id, { q: '%' })).toEqual([]);
      // A line number (序号), as the payroll file and the bank's results name lines.
      const sudden = (await linesOf(campaign.id, {})).find((line) => line.workerId === files.sudden.workerId);
      const byNumber = await linesOf(campaign.id, { q: String(sudden?.lineNo) });
      expect(byNumber.map((line) => line.workerId)).toContain(files.sudden.workerId);
    });

    it('pages by line number', async () => {
      const first = (
        await as(app, world.manager).get(`/api/campaigns/${campaign.id}/lines`, { limit: '2' }).expect(200)
      ).body as Page<CampaignLineView>;
      expect(first.items.map((line) => line.lineNo)).toEqual([1, 2]);
      const second = (
        await as(app, world.manager)
          .get(`/api/campaigns/${campaign.id}/lines`, { limit: '2', cursor: first.nextCursor ?? '' })
          .expect(200)
      ).body as Page<CampaignLineView>;
      expect(second).toMatchObject({ nextCursor: null });
      expect(second.items.map((line) => line.lineNo)).toEqual([3]);
      await invalidField(
        as(app, world.manager).get(`/api/campaigns/${campaign.id}/lines`, { cursor: 'bm90LWEtY3Vyc29y' }),
        'cursor',
        'cursor',
      );
    });

    it('excludes a line and includes it again, with a reason; sets an amount, the standard kept', async () => {
      const [line] = await linesOf(campaign.id, { q: '建国' });
      const path = `/api/campaigns/${campaign.id}/lines/${line?.id}`;
      await invalidField(as(app, world.manager).patch(path, { excluded: true }), 'reason', 'required');
      await invalidField(
        as(app, world.manager).patch(path, { excluded: true, reason: '' }),
        'reason',
        'length',
      );
      await invalidField(as(app, world.manager).patch(path, { reason: '无变更' }), 'excluded', 'required');
      const excluded = (
        await as(app, world.manager).patch(path, { excluded: true, reason: '已离世' }).expect(200)
      ).body as CampaignLineView;
      expect(excluded).toMatchObject({ status: 'excluded', reason: '已离世', amount: 150_000 });
      expect((await linesOf(campaign.id, { status: 'excluded' })).map((l) => l.id)).toEqual([line?.id]);
      let view = (await as(app, world.manager).get(`/api/campaigns/${campaign.id}`).expect(200))
        .body as CampaignView;
      expect(view.totals).toMatchObject({ lines: 3, excluded: 1, amount: 180_000 });
      const included = (
        await as(app, world.manager).patch(path, { excluded: false, reason: '核实仍在世' }).expect(200)
      ).body as CampaignLineView;
      expect(included).toMatchObject({ status: 'unpaid', reason: null });
      const adjusted = (
        await as(app, world.manager).patch(path, { amount: 120_000, reason: '已领取部分慰问品' }).expect(200)
      ).body as CampaignLineView;
      expect(adjusted).toMatchObject({
        status: 'unpaid',
        amount: 120_000,
        standardAmount: 150_000,
        reason: '已领取部分慰问品',
      });
      view = (await as(app, world.manager).get(`/api/campaigns/${campaign.id}`).expect(200))
        .body as CampaignView;
      expect(view.totals).toMatchObject({ excluded: 0, amount: 300_000 });
      await invalidField(as(app, world.manager).patch(path, { amount: -5, reason: '错' }), 'amount', 'fen');
      const audit = (await as(app, world.admin).get('/api/audit', { limit: '20' }).expect(200))
        .body as Page<AuditEntryView>;
      expect(audit.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: 'campaign.line',
            entityId: campaign.id,
            detail: expect.objectContaining({
              lineId: line?.id,
              before: { status: 'unpaid', amount: 150_000, reason: null },
              after: { status: 'unpaid', amount: 120_000, reason: '已领取部分慰问品' },
            }),
          }),
        ]),
      );
    });

    it('answers campaign.line_not_found for a line of another campaign', async () => {
      const other = await draftCampaign(world);
      await buildRoster(world, other.id);
      const [line] = await linesOf(other.id);
      await refused(
        as(app, world.manager).patch(`/api/campaigns/${campaign.id}/lines/${line?.id}`, {
          excluded: true,
          reason: '测试',
        }),
        'campaign.line_not_found',
      );
    });
  });

  describe('approval', () => {
    it('submits, refuses the creator (four eyes), approves, and closes', async () => {
      const campaign = await draftCampaign(world);
      await refused(
        as(app, world.manager).post(`/api/campaigns/${campaign.id}/submit`),
        'campaign.no_roster',
      );
      await buildRoster(world, campaign.id);
      await refused(
        as(app, world.manager).post(`/api/campaigns/${campaign.id}/approve`),
        'campaign.transition',
      );
      const submitted = (
        await as(app, world.manager)
          .post(`/api/campaigns/${campaign.id}/submit`, { comment: '请审批' })
          .expect(200)
      ).body as CampaignView;
      expect(submitted.status).toBe('submitted');
      await refused(
        as(app, world.manager).post(`/api/campaigns/${campaign.id}/approve`),
        'campaign.four_eyes',
      );
      await refused(
        as(app, world.manager).post(`/api/campaigns/${campaign.id}/close`),
        'campaign.transition',
      );
      const approved = (
        await as(app, world.manager2).post(`/api/campaigns/${campaign.id}/approve`).expect(200)
      ).body as CampaignView;
      expect(approved).toMatchObject({ status: 'approved', noticeStartsOn: null, noticeEndsOn: null });
      expect(approved.approvedAt).not.toBeNull();
      expect(approved.approvedBy).not.toBeNull();
      await refused(
        as(app, world.manager).post(`/api/campaigns/${campaign.id}/submit`),
        'campaign.transition',
      );
      await refused(
        as(app, world.manager).post(`/api/campaigns/${campaign.id}/return`),
        'campaign.transition',
      );
      const closed = (await as(app, world.manager).post(`/api/campaigns/${campaign.id}/close`).expect(200))
        .body as CampaignView;
      expect(closed.status).toBe('closed');
    });

    it('refuses every line excluded (campaign.no_roster)', async () => {
      const campaign = await draftCampaign(world, {
        eligibility: { tiers: ['relative'] },
        amounts: [{ tier: 'relative', amount: 100_000 }],
      });
      await buildRoster(world, campaign.id);
      const [line] = await linesOf(campaign.id);
      await as(app, world.manager)
        .patch(`/api/campaigns/${campaign.id}/lines/${line?.id}`, { excluded: true, reason: '已调离' })
        .expect(200);
      await refused(
        as(app, world.manager).post(`/api/campaigns/${campaign.id}/submit`),
        'campaign.no_roster',
      );
    });

    it('returns a submitted campaign to draft, where it can be edited again', async () => {
      const campaign = await draftCampaign(world);
      await buildRoster(world, campaign.id);
      await as(app, world.manager).post(`/api/campaigns/${campaign.id}/submit`).expect(200);
      // A manager decides; a finance user may not.
      const finance = (await app.tokenFor(world.admin, world.industry.id, 'finance')).token;
      await refused(as(app, finance).post(`/api/campaigns/${campaign.id}/return`), 'auth.forbidden');
      const returned = (
        await as(app, world.reviewer)
          .post(`/api/campaigns/${campaign.id}/return`, { comment: '名单需复核' })
          .expect(200)
      ).body as CampaignView;
      expect(returned.status).toBe('draft');
      await as(app, world.manager).patch(`/api/campaigns/${campaign.id}`, { name: '复核后' }).expect(200);
    });

    it('refuses to approve a roster above the fund’s balance (fund.insufficient)', async () => {
      const poorFund = await fundOf(app, world.industryAdmin, 329_999);
      const campaign = await draftCampaign(world, { fundId: poorFund.id });
      await buildRoster(world, campaign.id);
      await as(app, world.manager).post(`/api/campaigns/${campaign.id}/submit`).expect(200);
      await refused(
        as(app, world.manager2).post(`/api/campaigns/${campaign.id}/approve`),
        'fund.insufficient',
      );
      await as(app, world.industryAdmin)
        .post(`/api/funds/${poorFund.id}/allocations`, { amount: 1 })
        .expect(201);
      await as(app, world.manager2).post(`/api/campaigns/${campaign.id}/approve`).expect(200);
    });

    it('races two approvals to one 200 and one 409', async () => {
      const campaign = await draftCampaign(world);
      await buildRoster(world, campaign.id);
      await as(app, world.manager).post(`/api/campaigns/${campaign.id}/submit`).expect(200);
      const [first, second] = await Promise.all([
        as(app, world.manager2).post(`/api/campaigns/${campaign.id}/approve`),
        as(app, world.reviewer).post(`/api/campaigns/${campaign.id}/approve`),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      expect([first, second].find((answer) => answer.status === 409)?.body).toMatchObject({
        code: 'campaign.transition',
      });
    });
  });

  describe('scope', () => {
    it('answers 404 about a campaign to a sibling union’s manager, and lists only what is in scope', async () => {
      const campaign = await draftCampaign(world);
      await buildRoster(world, campaign.id);
      const [line] = await linesOf(campaign.id);
      const sibling = as(app, world.siblingManager);
      await refused(sibling.get(`/api/campaigns/${campaign.id}`), 'campaign.not_found');
      await refused(sibling.get(`/api/campaigns/${campaign.id}/lines`), 'campaign.not_found');
      await refused(sibling.patch(`/api/campaigns/${campaign.id}`, { name: '越权' }), 'campaign.not_found');
      await refused(sibling.post(`/api/campaigns/${campaign.id}/roster`), 'campaign.not_found');
      await refused(
        sibling.patch(`/api/campaigns/${campaign.id}/lines/${line?.id}`, { excluded: true, reason: '越权' }),
        'campaign.not_found',
      );
      await refused(sibling.post(`/api/campaigns/${campaign.id}/submit`), 'campaign.not_found');
      const siblingList = (await sibling.get('/api/campaigns').expect(200)).body as Page<CampaignListItem>;
      expect(siblingList.items.map((item) => item.id)).not.toContain(campaign.id);
    });

    it('lists newest first with the roster’s sums, filtered and paged', async () => {
      const campaign = await draftCampaign(world, { year: 2031 });
      await buildRoster(world, campaign.id);
      const page = (await as(app, world.manager).get('/api/campaigns', { year: '2031' }).expect(200))
        .body as Page<CampaignListItem>;
      expect(page.items).toEqual([
        expect.objectContaining({
          id: campaign.id,
          status: 'draft',
          unitName: world.industry.name,
          lines: 3,
          amount: 330_000,
          paidAmount: 0,
          noticeEndsOn: null,
        }),
      ]);
      const all = (
        await as(app, world.admin)
          .get('/api/campaigns', { limit: '2', status: 'draft', kind: 'festival' })
          .expect(200)
      ).body as Page<CampaignListItem>;
      expect(all.items).toHaveLength(2);
      expect(all.nextCursor).not.toBeNull();
      const next = (
        await as(app, world.admin)
          .get('/api/campaigns', { limit: '2', cursor: all.nextCursor ?? '' })
          .expect(200)
      ).body as Page<CampaignListItem>;
      expect(next.items[0]?.createdAt <= (all.items[1]?.createdAt ?? '')).toBe(true);
    });
  });

  // Last: the policy it sets stays for the rest of the suite.
  describe('notice', () => {
    it('puts an approved campaign on notice for the policy’s campaign days', async () => {
      await request(app.http)
        .put('/api/approval-policy')
        .auth(world.admin, { type: 'bearer' })
        .send(approvalPolicy())
        .expect(200);
      const approved = await approvedCampaign(world);
      const today = todayInCenter();
      expect(approved).toMatchObject({ noticeStartsOn: today, noticeEndsOn: dayDaysAfter(today, 5) });
      expect(campaignInNotice(approved, today)).toBe(true);
      expect(campaignInNotice(approved, dayDaysAfter(today, 6))).toBe(false);
    });
  });

  // Last: every value ends up under a new key.
  describe('key rotation', () => {
    it('re-encrypts the children of school lines with rotate-keys, readable after the old key is gone', async () => {
      const old = app.config.encryption;
      if (!old) throw new Error('test servers always have keys');
      const next = generateEncryptionKeys('campaigns-2');
      const both = new FieldKeyring({
        dataKeys: [...next.dataKeys, ...old.dataKeys],
        indexKey: old.indexKey,
      });
      installFieldKeyring(both);
      try {
        // The sibling union's school line and the one of the rebuild's union.
        expect((await rotateEncryptionKeys(dataSource.manager, both)).campaignLines).toBe(2);
        installFieldKeyring(new FieldKeyring({ dataKeys: next.dataKeys, indexKey: old.indexKey }));
        const lines = (
          (await as(app, world.siblingManager).get(`/api/campaigns/${school.campaignId}/lines`).expect(200))
            .body as Page<CampaignLineView>
        ).items;
        expect(lines[0]?.children.map((child) => child.name)).toEqual(['周小明', '周小红']);
        const [stored] = await dataSource.query<{ children: string }[]>(
          `SELECT children::text FROM campaign_line WHERE id = $1`,
          [school.lineId],
        );
        expect(stored?.children).toContain('campaigns-2:');
      } finally {
        installFieldKeyring(both);
      }
    });
  });
});

describe("the demo's campaign", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
    const nest = app.server.app;
    await seedDemo(nest.get(DataSource), PASSWORD);
    await seedDemoCases(nest);
    await seedDemoStandards(nest);
    await seedDemoFiles(nest);
    await seedDemoApprovals(nest);
    await seedDemoCampaigns(nest);
    await seedDemoCampaigns(nest);
  }, 300_000);
  afterAll(() => app.stop());

  it('opens this year’s festival campaign, by the manager, at roster stage over the active files', async () => {
    const manager = await app.login('manager');
    const year = Number(todayInCenter().slice(0, 4));
    const list = (await as(app, manager).get('/api/campaigns').expect(200)).body as Page<CampaignListItem>;
    expect(list.items).toEqual([
      expect.objectContaining({ name: `${year}年"两节"送温暖`, kind: 'festival', year, status: 'draft' }),
    ]);
    const campaign = (await as(app, manager).get(`/api/campaigns/${list.items[0]?.id}`).expect(200))
      .body as CampaignView;
    const [active] = await app.server.app
      .get(DataSource)
      .query<{ count: number }[]>(`SELECT count(*)::int AS count FROM hardship_file WHERE status = 'active'`);
    expect(campaign.rosterBuiltAt).not.toBeNull();
    expect(campaign.totals.lines).toBe(active?.count);
    expect(campaign.totals.lines).toBeGreaterThan(0);
  });
});
