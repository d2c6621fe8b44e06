import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { checkIdentityNumber, type CampaignLineView, type Page } from '@worker-aid/shared/domain';
import { Access, apiError, invalidField, paginate, type Principal } from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { UnitsService } from '@worker-aid/api/units';
import { idNumberIndex, WorkerRosterQueries } from '@worker-aid/api/workers';
import { CampaignLineQueries, type CampaignLineRow } from './campaign-lines.queries';
import { toCampaignLineView } from './campaign.mapper';
import { CAMPAIGN } from './campaign-record';
import type { CampaignLineQueryDto, CampaignLinePatchDto } from './campaigns.dto';
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
      const line = await this.queries.lockedLine(manager, campaign.id, lineId);
      if (!line) throw apiError('campaign.line_not_found', 'no such line on this campaign');
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
