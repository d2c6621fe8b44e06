import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  CAMPAIGN_TRANSITIONS,
  canTransitionCampaign,
  noticeDaysOf,
  noticeEndsOn,
  todayInCenter,
  type CampaignAction,
  type CampaignListItem,
  type CampaignView,
  type Page,
  type RosterBuilt,
} from '@worker-aid/shared/domain';
import { Access, apiError, paginate, type Principal } from '@worker-aid/api/core';
import { ApprovalPolicyService } from '@worker-aid/api/approvals';
import { AuditService } from '@worker-aid/api/audit';
import { FundsService } from '@worker-aid/api/funds';
import { UnitsService } from '@worker-aid/api/units';
import { CampaignQueries, type CampaignListRow } from './campaign.queries';
import { toCampaignListItem, toCampaignView } from './campaign.mapper';
import { CAMPAIGN } from './campaign-record';
import { assertDraft, checkedRules } from './campaign-rules';
import type {
  CampaignCommentDto,
  CampaignQueryDto,
  CreateCampaignDto,
  UpdateCampaignDto,
} from './campaigns.dto';
import { Campaign } from './entities/campaign.entity';
import { RosterBuilder } from './roster';

/**
 * Campaigns: their rules, roster, approval and notice. Every write locks the campaign's row
 * first (`FOR UPDATE`), so two decisions on one campaign queue and the second sees the first.
 */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly queries: CampaignQueries,
    private readonly roster: RosterBuilder,
    private readonly funds: FundsService,
    private readonly units: UnitsService,
    private readonly policy: ApprovalPolicyService,
    private readonly audit: AuditService,
  ) {}

  /** A draft campaign held by the caller's unit, paid from a fund in scope that covers that unit. */
  async create(principal: Principal, dto: CreateCampaignDto): Promise<CampaignView> {
    const rules = checkedRules(dto);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.assertFundFits(principal, dto.fundId, principal.unitId, manager);
      const campaign = manager.create(Campaign, {
        name: dto.name,
        kind: dto.kind,
        year: dto.year,
        status: 'draft',
        unitId: principal.unitId,
        fundId: dto.fundId,
        ...rules,
        rosterBuiltAt: null,
        approvedBy: null,
        approvedAt: null,
        noticeStartsOn: null,
        noticeEndsOn: null,
        createdBy: principal.id,
      });
      await this.queries.save(manager, campaign);
      await this.record(manager, principal, campaign, 'create', {
        kind: campaign.kind,
        year: campaign.year,
        fundId: campaign.fundId,
        eligibility: campaign.eligibility,
        amounts: campaign.amounts,
      });
      return campaign.id;
    });
    return this.get(principal, id);
  }

  async list(principal: Principal, query: CampaignQueryDto): Promise<Page<CampaignListItem>> {
    const rows = await this.queries.listPage(await this.access.list(principal), query);
    const units = await this.units.namesOf([...new Set(rows.map((row) => row.unitId))]);
    return paginate(
      rows,
      query.limit,
      (row: CampaignListRow) => [row.listSeq],
      (row) => toCampaignListItem(row, units.get(row.unitId)?.name ?? ''),
    );
  }

  async get(principal: Principal, id: string): Promise<CampaignView> {
    const campaign = await this.access.require(CAMPAIGN, principal, id);
    const [totals, units, funds] = await Promise.all([
      this.queries.totals(campaign.id),
      this.units.namesOf([campaign.unitId]),
      this.funds.namesOf([campaign.fundId]),
    ]);
    return toCampaignView(
      campaign,
      { unitName: units.get(campaign.unitId)?.name ?? '', fundName: funds.get(campaign.fundId)?.name ?? '' },
      totals,
    );
  }

  /** A draft's rules; the kind stays. A roster already built stays until it is built again. */
  async update(principal: Principal, id: string, dto: UpdateCampaignDto): Promise<CampaignView> {
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.access.require(CAMPAIGN, principal, id, { manager, lock: true });
      assertDraft(campaign);
      const rules = checkedRules({
        kind: campaign.kind,
        eligibility: dto.eligibility ?? campaign.eligibility,
        amounts: dto.amounts ?? campaign.amounts,
      });
      if (dto.fundId !== undefined && dto.fundId !== campaign.fundId) {
        await this.assertFundFits(principal, dto.fundId, campaign.unitId, manager);
      }
      const changed = (Object.keys(dto) as (keyof UpdateCampaignDto)[]).filter(
        (key) => dto[key] !== undefined,
      );
      Object.assign(campaign, {
        name: dto.name ?? campaign.name,
        fundId: dto.fundId ?? campaign.fundId,
        year: dto.year ?? campaign.year,
        ...rules,
      });
      await this.queries.save(manager, campaign);
      await this.record(manager, principal, campaign, 'update', { changed });
    });
    return this.get(principal, id);
  }

  /**
   * Takes a draft's snapshot again, keeping staff's exclusions and changed amounts of the workers
   * still on it (RosterBuilder). Audited with the counts, `kept` among them.
   */
  async buildRoster(principal: Principal, id: string): Promise<RosterBuilt> {
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.access.require(CAMPAIGN, principal, id, { manager, lock: true });
      assertDraft(campaign);
      const scope = await this.access.list(principal, campaign.unitId, manager);
      const built = await this.roster.build(manager, campaign, scope);
      campaign.rosterBuiltAt = new Date();
      await this.queries.save(manager, campaign);
      await this.record(manager, principal, campaign, 'roster', { ...built });
      return built;
    });
  }

  /** Submit, approve, return or close (CAMPAIGN_TRANSITIONS), each with its own checks. */
  async transition(
    principal: Principal,
    id: string,
    action: CampaignAction,
    body: CampaignCommentDto,
  ): Promise<CampaignView> {
    await this.dataSource.transaction(async (manager) => {
      const campaign = await this.access.require(CAMPAIGN, principal, id, { manager, lock: true });
      const from = campaign.status;
      if (!canTransitionCampaign(action, from)) {
        throw apiError('campaign.transition', `status: a ${from} campaign cannot be sent to ${action}`);
      }
      const roster = await this.queries.rosterState(manager, campaign.id);
      switch (action) {
        case 'submit':
          if (roster.payableLines === 0) {
            throw apiError('campaign.no_roster', 'the roster is not built, or every line is excluded');
          }
          break;
        case 'approve':
          await this.approve(manager, principal, campaign, roster.amount);
          break;
        case 'return':
          Object.assign(campaign, { approvedBy: null, approvedAt: null });
          break;
        case 'close':
          if (roster.inBatchLines > 0) {
            throw apiError('campaign.line_status', `${roster.inBatchLines} lines are still in an open batch`);
          }
          break;
      }
      campaign.status = CAMPAIGN_TRANSITIONS[action].to;
      await this.queries.save(manager, campaign);
      await this.record(manager, principal, campaign, action, {
        from,
        to: campaign.status,
        comment: body.comment || null,
        ...(action === 'approve' ? { amount: roster.amount, noticeEndsOn: campaign.noticeEndsOn } : {}),
      });
    });
    return this.get(principal, id);
  }

  /** Four eyes, the fund's balance against the roster's total, then the notice the policy sets. */
  private async approve(
    manager: EntityManager,
    principal: Principal,
    campaign: Campaign,
    amount: number,
  ): Promise<void> {
    if (campaign.createdBy === principal.id) {
      throw apiError('campaign.four_eyes', 'the user who created a campaign may not approve it');
    }
    const fund = await this.funds.balanceOf(campaign.fundId, manager);
    if (fund.balance < amount) {
      throw apiError(
        'fund.insufficient',
        `the roster's ${amount} fen is more than the fund's balance of ${fund.balance} fen`,
      );
    }
    const today = todayInCenter();
    const policy = await this.policy.current(manager);
    campaign.approvedBy = principal.id;
    campaign.approvedAt = new Date();
    campaign.noticeEndsOn = noticeEndsOn(today, policy ? noticeDaysOf(policy, 'campaign') : 0);
    campaign.noticeStartsOn = campaign.noticeEndsOn ? today : null;
  }

  /** 404 unless the fund is in the caller's scope; 409 `fund.not_covering` unless its unit covers `unitId`. */
  private async assertFundFits(
    principal: Principal,
    fundId: string,
    unitId: string,
    manager: EntityManager,
  ): Promise<void> {
    const fund = await this.funds.get(principal, fundId);
    if (!(await this.units.covers(fund.unitId, unitId, manager))) {
      throw apiError('fund.not_covering', "fundId: the fund's unit does not cover the campaign's unit");
    }
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    campaign: Campaign,
    action: string,
    detail: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: principal.id,
      unitId: campaign.unitId,
      action: `campaign.${action}`,
      entityType: 'campaign',
      entityId: campaign.id,
      detail: { name: campaign.name, ...detail },
    });
  }
}
