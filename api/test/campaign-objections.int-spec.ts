import request from 'supertest';
import { DataSource } from 'typeorm';
import type {
  AuditEntryView,
  BatchLineView,
  BatchView,
  CampaignLineView,
  CampaignView,
  Page,
} from '@worker-aid/shared/domain';
import { approvalPolicy } from './support/approval-world';
import {
  activeFile,
  approvedCampaign,
  as,
  buildRoster,
  campaignWorld,
  draftCampaign,
  type CampaignWorld,
} from './support/campaign-world';
import { invalidField, refused } from './support/refused';
import { TestApp } from './support/test-app';

/**
 * Objections to a campaign's roster line during its public notice (DOMAIN.md "Approval by level
 * and public notice"): the line is taken off the payment until a reviewer puts it back, the other
 * lines go on; outside the notice, or on a line already excluded, the objection is refused.
 */
describe('objections to a campaign line', () => {
  let app: TestApp;
  let world: CampaignWorld;
  let dataSource: DataSource;
  /** Approved, in its five days of notice, with two lines. */
  let campaign: CampaignView;
  let lines: CampaignLineView[];

  const objection = { content: '该职工家庭已购置新房，不符合条件', receivedVia: 'phone' };
  const linesOf = async (campaignId: string) =>
    (
      (await as(app, world.manager).get(`/api/campaigns/${campaignId}/lines`).expect(200))
        .body as Page<CampaignLineView>
    ).items;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await campaignWorld(app);
    dataSource = app.server.app.get(DataSource);
    await activeFile(world, world.grassroots.id, 'deep', { name: '王建国' });
    await activeFile(world, world.industry.id, 'relative', { name: '李秀英' });
    await request(app.http)
      .put('/api/approval-policy')
      .auth(world.admin, { type: 'bearer' })
      .send(approvalPolicy())
      .expect(200);
    campaign = await approvedCampaign(world);
    lines = await linesOf(campaign.id);
  }, 120_000);
  afterAll(() => app.stop());

  it('excludes the line with the objection as its reason, audited, while the others stay', async () => {
    const [first, second] = lines;
    if (!first || !second) throw new Error('two lines expected');
    const line = (
      await as(app, world.reviewer)
        .post(`/api/campaigns/${campaign.id}/lines/${first.id}/objections`, objection)
        .expect(200)
    ).body as CampaignLineView;
    expect(line).toMatchObject({
      id: first.id,
      status: 'excluded',
      reason: objection.content,
      objection: { content: objection.content, receivedVia: 'phone', at: expect.any(String) },
    });
    expect((await linesOf(campaign.id)).find((l) => l.id === second.id)).toMatchObject({
      status: 'unpaid',
      objection: null,
    });
    const view = (await as(app, world.manager).get(`/api/campaigns/${campaign.id}`).expect(200))
      .body as CampaignView;
    expect(view.totals).toMatchObject({ lines: 2, excluded: 1, amount: second.amount });
    const audit = (
      await as(app, world.admin)
        .get('/api/audit', { entityType: 'campaign', entityId: campaign.id })
        .expect(200)
    ).body as Page<AuditEntryView>;
    expect(audit.items.find((entry) => entry.action === 'campaign.objection')?.detail).toMatchObject({
      lineId: first.id,
      lineNo: first.lineNo,
      receivedVia: 'phone',
      content: objection.content,
      before: { status: 'unpaid' },
    });
  });

  it('refuses a second objection to a line already excluded (409 campaign.line_status)', async () => {
    await refused(
      as(app, world.reviewer).post(
        `/api/campaigns/${campaign.id}/lines/${lines[0]?.id}/objections`,
        objection,
      ),
      'campaign.line_status',
    );
  });

  it('checks the objection: content required and bounded, a known channel', async () => {
    const path = `/api/campaigns/${campaign.id}/lines/${lines[1]?.id}/objections`;
    await invalidField(as(app, world.reviewer).post(path, { receivedVia: 'phone' }), 'content', 'required');
    await invalidField(
      as(app, world.reviewer).post(path, { content: '   ', receivedVia: 'phone' }),
      'content',
      'length',
    );
    await invalidField(
      as(app, world.reviewer).post(path, { content: '异议', receivedVia: 'email' }),
      'receivedVia',
      'one_of',
    );
  });

  it('is 404 for a line of another campaign or outside the caller’s scope', async () => {
    const other = await draftCampaign(world);
    await buildRoster(world, other.id);
    const [foreign] = await linesOf(other.id);
    await refused(
      as(app, world.reviewer).post(
        `/api/campaigns/${campaign.id}/lines/${foreign?.id}/objections`,
        objection,
      ),
      'campaign.line_not_found',
    );
    await refused(
      as(app, world.siblingManager).post(
        `/api/campaigns/${campaign.id}/lines/${lines[1]?.id}/objections`,
        objection,
      ),
      'campaign.not_found',
    );
  });

  it('is refused outside the notice: a draft, and a campaign whose notice has ended (409 campaign.not_in_notice)', async () => {
    const draft = await draftCampaign(world);
    await buildRoster(world, draft.id);
    const [draftLine] = await linesOf(draft.id);
    await refused(
      as(app, world.reviewer).post(`/api/campaigns/${draft.id}/lines/${draftLine?.id}/objections`, objection),
      'campaign.not_in_notice',
    );
    const ended = await approvedCampaign(world);
    await dataSource.query(
      `UPDATE campaign SET notice_starts_on = current_date - 10, notice_ends_on = current_date - 5 WHERE id = $1`,
      [ended.id],
    );
    const [endedLine] = await linesOf(ended.id);
    await refused(
      as(app, world.reviewer).post(`/api/campaigns/${ended.id}/lines/${endedLine?.id}/objections`, objection),
      'campaign.not_in_notice',
    );
  });

  describe('putting the line back', () => {
    const reinstate = (token: string, lineId = lines[0]?.id) =>
      as(app, token).post(`/api/campaigns/${campaign.id}/lines/${lineId}/reinstate`, {
        reason: '经核实，新房为公租房，异议不成立',
      });

    it('is never the campaign creator’s (403 campaign.four_eyes), needs a reason', async () => {
      await refused(reinstate(world.manager), 'campaign.four_eyes');
      await invalidField(
        as(app, world.manager2).post(`/api/campaigns/${campaign.id}/lines/${lines[0]?.id}/reinstate`, {}),
        'reason',
        'required',
      );
    });

    it('refuses a line no objection excluded (409 campaign.line_status)', async () => {
      await refused(reinstate(world.manager2, lines[1]?.id), 'campaign.line_status');
    });

    it('makes the line unpaid again with the reason, keeps the objection, and the batch pays it', async () => {
      const line = (await reinstate(world.manager2).expect(200)).body as CampaignLineView;
      expect(line).toMatchObject({
        status: 'unpaid',
        reason: '经核实，新房为公租房，异议不成立',
        objection: { content: objection.content, receivedVia: 'phone' },
      });
      await refused(reinstate(world.manager2), 'campaign.line_status');
      await dataSource.query(
        `UPDATE campaign SET notice_starts_on = current_date - 10, notice_ends_on = current_date - 5 WHERE id = $1`,
        [campaign.id],
      );
      const batch = (
        await as(app, world.industryAdmin)
          .post(`/api/campaigns/${campaign.id}/batches`, { method: 'cash' })
          .expect(201)
      ).body as BatchView;
      expect(batch.lines).toBe(2);
      // A batch's lines name each worker's file as the roster does.
      const batchLines = (
        (await as(app, world.industryAdmin).get(`/api/batches/${batch.id}/lines`).expect(200))
          .body as Page<BatchLineView>
      ).items;
      const fileNos = new Map((await linesOf(campaign.id)).map((line) => [line.id, line.fileNo]));
      expect(batchLines.map((line) => line.fileNo)).toEqual(batchLines.map((line) => fileNos.get(line.id)));
      expect(batchLines.every((line) => line.fileNo !== null)).toBe(true);
    });

    it('is refused once the campaign is closed (409 campaign.not_approved)', async () => {
      const closing = await approvedCampaign(world);
      const [line] = await linesOf(closing.id);
      await as(app, world.reviewer)
        .post(`/api/campaigns/${closing.id}/lines/${line?.id}/objections`, objection)
        .expect(200);
      await dataSource.query(`UPDATE campaign SET status = 'closed' WHERE id = $1`, [closing.id]);
      await refused(
        as(app, world.manager2).post(`/api/campaigns/${closing.id}/lines/${line?.id}/reinstate`, {
          reason: '异议不成立',
        }),
        'campaign.not_approved',
      );
    });
  });
});
