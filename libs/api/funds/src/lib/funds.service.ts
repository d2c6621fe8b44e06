import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AllocationView, FundView } from '@worker-aid/shared/domain';
import {
  applyScope,
  findInScopeOr404,
  isUniqueViolation,
  Principal,
  apiError,
  invalidField,
} from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { AllocationDto, CreateFundDto } from './funds.dto';
import { FundAllocation } from './fund-allocation.entity';
import { Fund } from './fund.entity';
import { toAllocationView, toFundView } from './funds.mapper';

@Injectable()
export class FundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal): Promise<FundView[]> {
    const qb = this.dataSource.getRepository(Fund).createQueryBuilder('f').orderBy('f.code', 'ASC');
    applyScope(qb, principal, 'f.unit_id');
    return (await qb.getMany()).map(toFundView);
  }

  async get(principal: Principal, id: string): Promise<FundView> {
    return toFundView(await this.findInScope(principal, id, this.dataSource.manager));
  }

  /**
   * Takes `amount` from the fund's balance in one conditional UPDATE, which locks the fund's row
   * until commit and re-checks the balance on the latest committed row; 409 when it falls short.
   */
  async drawDown(manager: EntityManager, fundId: string, amount: number): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Fund)
      .set({ disbursed: () => 'disbursed + :amount' })
      .where('id = :fundId AND allocated - disbursed >= :amount')
      .setParameters({ fundId, amount })
      .execute();
    if (result.affected === 1) return;
    const fund = await manager.findOneByOrFail(Fund, { id: fundId });
    throw apiError(
      'fund.insufficient',
      `amount: more than the fund's balance of ${fund.allocated - fund.disbursed} fen`,
    );
  }

  /** A new fund, held by the caller's unit. */
  async create(principal: Principal, dto: CreateFundDto): Promise<FundView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const fund = manager.create(Fund, {
          code: dto.code,
          name: dto.name,
          source: dto.source,
          unitId: principal.unitId,
        });
        await manager.save(fund);
        await this.audit.record(manager, {
          actorId: principal.id,
          unitId: fund.unitId,
          action: 'fund.create',
          entityType: 'fund',
          entityId: fund.id,
          detail: { code: fund.code, source: fund.source },
        });
        return toFundView(fund);
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw apiError('fund.duplicate_code', 'code: a fund with this code already exists');
      throw error;
    }
  }

  /** Money into the fund (资金下拨): a ledger row and the running total, in one transaction. */
  async allocate(principal: Principal, fundId: string, dto: AllocationDto): Promise<AllocationView> {
    if (dto.amount === 0) throw invalidField('amount', 'positive', 'an allocation must be more than zero');
    return this.dataSource.transaction(async (manager) => {
      const fund = await this.findInScope(principal, fundId, manager, { lock: true });
      const allocation = manager.create(FundAllocation, {
        fundId: fund.id,
        amount: dto.amount,
        note: dto.note ?? null,
        createdBy: principal.id,
      });
      await manager.save(allocation);
      await manager.increment(Fund, { id: fund.id }, 'allocated', dto.amount);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: fund.unitId,
        action: 'fund.allocate',
        entityType: 'fund',
        entityId: fund.id,
        detail: { allocationId: allocation.id, amount: dto.amount },
      });
      return toAllocationView(allocation);
    });
  }

  async allocations(principal: Principal, fundId: string): Promise<AllocationView[]> {
    await this.findInScope(principal, fundId, this.dataSource.manager);
    const rows = await this.dataSource
      .getRepository(FundAllocation)
      .find({ where: { fundId }, order: { createdAt: 'DESC' } });
    return rows.map(toAllocationView);
  }

  findInScope(
    principal: Principal,
    id: string,
    manager: EntityManager,
    options: { lock?: boolean } = {},
  ): Promise<Fund> {
    return findInScopeOr404(manager, Fund, principal, id, 'fund', options);
  }
}
