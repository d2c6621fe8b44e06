import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  campaignInNotice,
  checkIdentityNumber,
  lineReinstatable,
  lineTakesObjection,
  todayInCenter,
  type CampaignLineView,
  type ObjectionRequest,
  type Page,
} from '@worker-aid/shared/domain';
import { Access, apiError, invalidField, paginate, type Principal } from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { UnitsService } from '@worker-aid/api/units';
import { idNumberIndex, WorkerRosterQueries } from '@worker-aid/api/workers';
import { CampaignLineQueries, type CampaignLineRow } from './campaign-lines.queries';
import { toCampaignLineView } from './campaign.mapper';
import { CAMPAIGN } from './campaign-record';
import type { CampaignLineQueryDto, CampaignLinePatchDto, ReinstateLineDto } from './campaigns.dto';
import { assertDraft } from './campaign-rules';

/** A campaign's roster lines: the list, and the exclusions and amounts staff set on a draft. */
@Injectable()
export class CampaignLinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly queries: CampaignLineQueries,
    private readonly workers: WorkerRosterQueries,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
  ) {}

  async list(
    principal: Principal,
    campaignId: string,
    query: CampaignLineQueryDto,
  ): Promise<Page<CampaignLineView>> {
    await this.access.assertVisible(CAMPAIGN, principal, campaignId);
    const identity = query.q ? checkIdentityNumber(query.q) : null;
    const rows = await this.queries.page(campaignId, {
      status: query.status,
      cursor: query.cursor,
      limit: query.limit,
      ...(identity?.valid ? { idNumberIndex: idNumberIndex(identity.normalized) } : { text: query.q }),
    });
    const views = await this.views(rows.slice(0, query.limit));
    const byId = new Map(views.map((view) => [view.id, view]));
    return paginate(
      rows,
      query.limit,
      (row) => [row.lineNo],
      (row) => byId.get(row.id) as CampaignLineView,
    );
  }

  /**
   * Excludes a line, includes it again, or sets its amount — always with a reason, on a draft
   * only; the standard amount stays as the rules gave it. Audited with before and after.
   */
  async patch(
    principal: Principal,
    campaignId: string,
    lineId: string,
    dto: CampaignLinePatchDto,
  ): Promise<CampaignLineView> {
    if (dto.excluded === undefined && dto.amount === undefined) {
      throw invalidField('excluded', 'required', 'give excluded, amount or both');
    }
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.access.require(CAMPAIGN, principal, campaignId, { manager, lock: true });
      assertDraft(campaign);
      const line = await this.requireLine(manager, campaign.id, lineId);
      const before = { status: line.status, amount: line.amount, reason: line.reason };
      if (dto.amount !== undefined) line.amount = dto.amount;
      if (dto.excluded !== undefined) line.status = dto.excluded ? 'excluded' : 'unpaid';
      // The reason says why a line is excluded or differs from the standard; else there is none.
      line.reason = line.status === 'excluded' || line.amount !== line.standardAmount ? dto.reason : null;
      await this.queries.save(manager, line);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: campaign.unitId,
        action: 'campaign.line',
        entityType: 'campaign',
        entityId: campaign.id,
        detail: {
          lineId: line.id,
          lineNo: line.lineNo,
          workerId: line.workerId,
          reason: dto.reason,
          before,
          after: { status: line.status, amount: line.amount, reason: line.reason },
        },
      });
    });
    return this.viewOf(campaignId, lineId);
  }

  /**
   * An objection received during the campaign's public notice (公示异议): like a case sent back
   * to review, the line is taken off the payment (excluded, the objection its reason) until a
   * reviewer puts it back. The other lines go on. Audited in the same transaction.
   */
  async object(
    principal: Principal,
    campaignId: string,
    lineId: string,
    dto: ObjectionRequest,
  ): Promise<CampaignLineView> {
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.access.require(CAMPAIGN, principal, campaignId, { manager, lock: true });
      const line = await this.requireLine(manager, campaign.id, lineId);
      if (!campaignInNotice(campaign, todayInCenter())) {
        throw apiError('campaign.not_in_notice', 'objections are recorded only during the notice', {
          noticeEndsOn: campaign.noticeEndsOn,
        });
      }
      if (!lineTakesObjection(campaign, line, todayInCenter())) {
        throw apiError('campaign.line_status', `status: the line is ${line.status}`);
      }
      const before = { status: line.status, reason: line.reason };
      line.status = 'excluded';
      line.reason = dto.content;
      line.objection = { ...dto, at: new Date().toISOString(), by: principal.id };
      await this.queries.save(manager, line);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: campaign.unitId,
        action: 'campaign.objection',
        entityType: 'campaign',
        entityId: campaign.id,
        detail: { lineId: line.id, lineNo: line.lineNo, workerId: line.workerId, ...dto, before },
      });
    });
    return this.viewOf(campaignId, lineId);
  }

  /**
   * A line an objection excluded, put back to be paid once the objection did not stand: a
   * reviewer's decision (cases:decide), never the campaign creator's (四眼原则), on an approved
   * campaign. The objection stays on the line.
   */
  async reinstate(
    principal: Principal,
    campaignId: string,
    lineId: string,
    dto: ReinstateLineDto,
  ): Promise<CampaignLineView> {
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.access.require(CAMPAIGN, principal, campaignId, { manager, lock: true });
      const line = await this.requireLine(manager, campaign.id, lineId);
      if (campaign.createdBy === principal.id) {
        throw apiError('campaign.four_eyes', 'the user who created a campaign may not put a line back');
      }
      if (campaign.status !== 'approved') {
        throw apiError('campaign.not_approved', `status: the campaign is ${campaign.status}`);
      }
      if (!lineReinstatable(campaign, line)) {
        throw apiError('campaign.line_status', 'only a line an objection excluded is put back');
      }
      line.status = 'unpaid';
      line.reason = dto.reason;
      await this.queries.save(manager, line);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: campaign.unitId,
        action: 'campaign.reinstate',
        entityType: 'campaign',
        entityId: campaign.id,
        detail: { lineId: line.id, lineNo: line.lineNo, workerId: line.workerId, reason: dto.reason },
      });
    });
    return this.viewOf(campaignId, lineId);
  }

  private async requireLine(manager: EntityManager, campaignId: string, lineId: string) {
    const line = await this.queries.lockedLine(manager, campaignId, lineId);
    if (!line) throw apiError('campaign.line_not_found', 'no such line on this campaign');
    return line;
  }

  private async viewOf(campaignId: string, lineId: string): Promise<CampaignLineView> {
    const row = await this.queries.row(campaignId, lineId);
    if (!row) throw apiError('campaign.line_not_found', 'no such line on this campaign');
    const [view] = await this.views([row]);
    return view;
  }

  private async views(rows: readonly CampaignLineRow[]): Promise<CampaignLineView[]> {
    const [workers, units] = await Promise.all([
      this.workers.rosterOf(rows.map((row) => row.workerId)),
      this.units.namesOf([...new Set(rows.map((row) => row.unitId))]),
    ]);
    return rows.map((row) =>
      toCampaignLineView(row, workers.get(row.workerId), units.get(row.unitId)?.name ?? ''),
    );
  }
}
