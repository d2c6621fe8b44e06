import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  inNotice,
  todayInCenter,
  type BatchLineView,
  type BatchView,
  type CampaignLineChild,
  type CampaignLineStatus,
  type CampaignTier,
  type Page,
} from '@worker-aid/shared/domain';
import {
  Access,
  apiError,
  decodeCursor,
  invalidCursor,
  invalidField,
  notFound,
  paginate,
  rowsForPage,
  type Principal,
  type ScopedRecord,
} from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { UnitsService } from '@worker-aid/api/units';
import { WorkerPayees } from '@worker-aid/api/workers';
import type { BatchLinesQueryDto, CreateBatchDto } from './batch.dto';
import { toBatchView } from './batch.mapper';
import { objectionView } from './campaign.mapper';
import { BatchQueries, type BatchableLine, type BatchRecord } from './batch.queries';
import { BankLayoutsService } from './bank-layouts.service';
import { Campaign } from './entities/campaign.entity';

const CAMPAIGN: ScopedRecord<Campaign> = { entity: Campaign, what: 'campaign' };

/**
 * Batches of a campaign's lines (批次): made from the unpaid lines of an approved campaign whose
 * notice is over, read, and listed line by line. Paying them is `BatchPaymentsService`'s.
 */
@Injectable()
export class BatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly queries: BatchQueries,
    private readonly layouts: BankLayoutsService,
    private readonly payees: WorkerPayees,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Lock order: the campaign (which also numbers its batches one at a time), then its lines in
   * line order. A line pending in another batch is refused by its status here, and by the
   * database's partial unique index behind it.
   */
  async create(principal: Principal, campaignId: string, dto: CreateBatchDto): Promise<BatchView> {
    if (dto.layoutId && dto.method !== 'bank') {
      throw invalidField('layoutId', 'unknown_field', 'only a bank batch has a layout');
    }
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.access.require(CAMPAIGN, principal, campaignId, { manager, lock: true });
      if (campaign.status !== 'approved') {
        throw apiError(
          'campaign.not_approved',
          `status: only an approved campaign is paid; this one is ${campaign.status}`,
        );
      }
      if (inNotice(campaign, todayInCenter())) {
        throw apiError(
          'campaign.in_notice',
          `the campaign is in public notice until ${campaign.noticeEndsOn}`,
          {
            noticeEndsOn: campaign.noticeEndsOn,
          },
        );
      }
      if (dto.layoutId) await this.layouts.layoutOf(dto.layoutId, manager);
      const lines = dto.lineIds
        ? await this.givenLines(manager, campaign.id, dto)
        : await this.unpaidLines(manager, campaign.id, dto);
      if (lines.length === 0)
        throw apiError('batch.no_lines', 'no unpaid, not excluded line is left to put in a batch');
      const number = await this.queries.nextNumber(manager, campaign.id);
      const id = await this.queries.insertBatch(manager, {
        campaignId: campaign.id,
        number,
        method: dto.method,
        layoutId: dto.method === 'bank' ? (dto.layoutId ?? null) : null,
        lines,
        createdBy: principal.id,
      });
      const batch = await this.requireBatch(manager, principal, id);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: campaign.unitId,
        action: 'batch.create',
        entityType: 'campaign_batch',
        entityId: id,
        detail: {
          campaignId: campaign.id,
          number,
          method: dto.method,
          lines: lines.length,
          amount: batch.amount,
        },
      });
      return toBatchView(batch, { paidLines: 0, paidAmount: 0, failedLines: 0, pendingLines: lines.length });
    });
  }

  async list(principal: Principal, campaignId: string): Promise<BatchView[]> {
    const manager = this.dataSource.manager;
    await this.access.assertVisible(CAMPAIGN, principal, campaignId, manager);
    const batches = await this.queries.batchesOf(manager, campaignId);
    const figures = await this.queries.figuresOf(
      manager,
      batches.map((batch) => batch.id),
    );
    return batches.map((batch) => toBatchView(batch, figures.get(batch.id)));
  }

  async get(principal: Principal, id: string): Promise<BatchView> {
    return this.view(
      this.dataSource.manager,
      await this.requireBatch(this.dataSource.manager, principal, id),
    );
  }

  async lines(principal: Principal, id: string, query: BatchLinesQueryDto): Promise<Page<BatchLineView>> {
    const manager = this.dataSource.manager;
    const batch = await this.requireBatch(manager, principal, id);
    const rows = await this.queries.linesPage(manager, batch.id, {
      outcome: query.outcome,
      limit: rowsForPage(query.limit),
      afterLineNo: query.cursor ? lineNoOf(query.cursor) : undefined,
    });
    const [payees, units] = await Promise.all([
      this.payees.maskedOf(
        rows.map((row) => row.workerId),
        manager,
      ),
      this.units.namesOf([...new Set(rows.map((row) => row.unitId))]),
    ]);
    return paginate(
      rows,
      query.limit,
      (row) => [row.lineNo],
      (row): BatchLineView => ({
        id: row.lineId,
        campaignId: batch.campaignId,
        lineNo: row.lineNo,
        workerId: row.workerId,
        workerName: payees.get(row.workerId)?.name ?? '',
        idNumber: payees.get(row.workerId)?.idNumber ?? '',
        unitId: row.unitId,
        unitName: units.get(row.unitId)?.name ?? '',
        fileId: row.fileId,
        fileNo: row.fileNo,
        tier: row.tier as CampaignTier,
        migrantWorker: row.migrantWorker,
        standardAmount: row.standardAmount,
        amount: row.amount,
        status: row.status as CampaignLineStatus,
        reason: row.reason,
        children: (row.children as CampaignLineChild[] | null) ?? [],
        bankAccount: payees.get(row.workerId)?.bankAccount ?? null,
        batchId: row.batchId,
        failure: row.failure,
        paymentId: row.paymentId,
        paidOn: row.paidOn,
        objection: objectionView(row.objection),
        batchAmount: row.batchAmount,
        outcome: row.outcome,
        batchFailure: row.batchFailure,
      }),
    );
  }

  /** The batch if its campaign lies in the caller's subtree (404 `batch.not_found` otherwise). */
  async requireBatch(
    manager: EntityManager,
    principal: Principal,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<BatchRecord> {
    const scope = await this.access.list(principal, null, manager);
    const batch = await this.queries.batchInScope(manager, scope, id, options);
    if (!batch) throw notFound('batch');
    return batch;
  }

  async view(manager: EntityManager, batch: BatchRecord): Promise<BatchView> {
    const figures = await this.queries.figuresOf(manager, [batch.id]);
    return toBatchView(batch, figures.get(batch.id));
  }

  private async givenLines(
    manager: EntityManager,
    campaignId: string,
    dto: CreateBatchDto,
  ): Promise<BatchableLine[]> {
    const ids = [...new Set(dto.lineIds)];
    const lines = await this.queries.lockLines(manager, campaignId, ids);
    const found = new Set(lines.map((line) => line.id));
    const unknown = ids.filter((id) => !found.has(id));
    if (unknown.length > 0) {
      throw apiError('campaign.line_not_found', 'lineIds: not lines of this campaign', { lineIds: unknown });
    }
    const taken = lines.filter((line) => line.status !== 'unpaid' || line.amount <= 0).map((line) => line.id);
    if (taken.length > 0) {
      throw apiError('batch.line_taken', 'lineIds: lines already in an open batch, paid or excluded', {
        lineIds: taken,
      });
    }
    if (dto.method === 'bank') {
      const withAccount = await this.payees.withAccount(
        lines.map((line) => line.workerId),
        manager,
      );
      const without = lines.filter((line) => !withAccount.has(line.workerId)).map((line) => line.id);
      if (without.length > 0) {
        throw apiError('batch.no_account', 'lineIds: workers without a bank account', { lineIds: without });
      }
    }
    return lines;
  }

  /** Every unpaid line; for a bank batch only those whose worker has an account (the others wait for cash). */
  private async unpaidLines(
    manager: EntityManager,
    campaignId: string,
    dto: CreateBatchDto,
  ): Promise<BatchableLine[]> {
    const lines = await this.queries.lockUnpaidLines(manager, campaignId);
    if (dto.method !== 'bank') return lines;
    const withAccount = await this.payees.withAccount(
      lines.map((line) => line.workerId),
      manager,
    );
    return lines.filter((line) => withAccount.has(line.workerId));
  }
}

function lineNoOf(cursor: string): number {
  const [lineNo] = decodeCursor(cursor, ['number']);
  if (typeof lineNo !== 'number' || !Number.isSafeInteger(lineNo)) throw invalidCursor();
  return lineNo;
}
