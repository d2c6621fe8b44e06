import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AllocationView, FundView } from '@worker-aid/shared/domain';
import { Access, isUniqueViolation, Principal, apiError } from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { AllocationDto, CreateFundDto } from './funds.dto';
import { Fund } from './fund.entity';
import { FUND } from './funds-records';
import { toAllocationView, toFundView } from './funds.mapper';
import { FundQueries } from './fund.queries';
import { LedgerService } from './ledger/ledger.service';

/** Funds: creating and reading them. Money moves into and out of them only through `LedgerService`. */
@Injectable()
export class FundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: FundQueries,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly ledger: LedgerService,
  ) {}

  async list(principal: Principal): Promise<FundView[]> {
    return (await this.queries.list(await this.access.list(principal))).map(toFundView);
  }

  async get(principal: Principal, id: string): Promise<FundView> {
    return toFundView(await this.access.require(FUND, principal, id));
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
        await this.queries.insert(manager, fund);
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

  /** Money into the fund: the ledger's `allocate` (kept here for callers that hold a `FundsService`). */
  allocate(principal: Principal, fundId: string, dto: AllocationDto): Promise<AllocationView> {
    return this.ledger.allocate(principal, fundId, dto);
  }

  async allocations(principal: Principal, fundId: string): Promise<AllocationView[]> {
    await this.access.assertVisible(FUND, principal, fundId);
    return (await this.queries.allocationsOf(fundId)).map(toAllocationView);
  }

  /**
   * A fund's unit and balance (fen), whatever the caller's scope: for a feature that checks a
   * spending plan fits the fund (a campaign's approval) in its own transaction.
   */
  async balanceOf(
    fundId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ unitId: string; balance: number }> {
    const fund = await this.queries.byId(manager, fundId);
    return { unitId: fund.unitId, balance: fund.allocated - fund.disbursed };
  }

  /** Code and name of each fund, by id: for reports. */
  namesOf(ids: readonly string[]): Promise<Map<string, { code: string; name: string }>> {
    return this.queries.namesOf(ids);
  }
}
