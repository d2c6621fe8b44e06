import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ListScope } from '@worker-aid/api/core';
import { FundAllocation } from './fund-allocation.entity';
import { Fund } from './fund.entity';

/** A change of a fund's running totals, in fen; either may be negative (a reversal). */
export interface FundTotalsChange {
  allocated?: number;
  disbursed?: number;
}

/** Every query of `fund` and `fund_allocation`, which the funds feature owns. */
@Injectable()
export class FundQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(scope: ListScope): Promise<Fund[]> {
    const qb = this.dataSource.getRepository(Fund).createQueryBuilder('f').orderBy('f.code', 'ASC');
    scope.applyTo(qb, 'f.unit_id');
    return qb.getMany();
  }

  byId(manager: EntityManager, id: string): Promise<Fund> {
    return manager.findOneByOrFail(Fund, { id });
  }

  async insert(manager: EntityManager, fund: Fund): Promise<void> {
    await manager.save(fund);
  }

  async insertAllocation(manager: EntityManager, allocation: FundAllocation): Promise<void> {
    await manager.save(allocation);
  }

  allocationsOf(fundId: string): Promise<FundAllocation[]> {
    return this.dataSource
      .getRepository(FundAllocation)
      .find({ where: { fundId }, order: { createdAt: 'DESC' } });
  }

  /**
   * Adds `change` to the fund's totals in one conditional UPDATE, unless the balance would fall
   * below zero on the latest committed row; false then. The UPDATE locks the fund's row until
   * the transaction ends.
   */
  async moveTotals(manager: EntityManager, fundId: string, change: FundTotalsChange): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Fund)
      .set({ allocated: () => 'allocated + :allocated', disbursed: () => 'disbursed + :disbursed' })
      .where('id = :fundId AND allocated + :allocated - (disbursed + :disbursed) >= 0')
      .setParameters({ fundId, allocated: change.allocated ?? 0, disbursed: change.disbursed ?? 0 })
      .execute();
    return result.affected === 1;
  }

  /** Every fund's stored totals beside the sums of its ledger rows (bigints as text). */
  totalsAgainstLedger(
    manager: EntityManager,
  ): Promise<
    { id: string; allocated: string; disbursed: string; ledgerAllocated: string; ledgerDisbursed: string }[]
  > {
    return manager.query(`
      SELECT f.id, f.allocated, f.disbursed,
             COALESCE((SELECT sum(a.amount) FROM fund_allocation a WHERE a.fund_id = f.id), 0) AS "ledgerAllocated",
             COALESCE((SELECT sum(d.amount) FROM disbursement d WHERE d.fund_id = f.id), 0) AS "ledgerDisbursed"
      FROM fund f`);
  }

  async namesOf(ids: readonly string[]): Promise<Map<string, { code: string; name: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; code: string; name: string }[]>(
      'SELECT id, code, name FROM fund WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { code: row.code, name: row.name }]));
  }
}
