import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { DisbursementView } from '@worker-aid/shared/domain';
import { decodeSequenceCursor, type ListScope, rowsForPage } from '@worker-aid/api/core';
import { CASE_PAID_TOTALS } from '@worker-aid/api/cases';
import { Disbursement } from './disbursement.entity';
import type { DisbursementQueryDto } from './funds.dto';

/** A ledger row as the lists read it: its fund's name and, for a payment, the reversal that undid it. */
export type DisbursementRow = Omit<
  DisbursementView,
  'caseNo' | 'caseStatus' | 'campaignName' | 'workerName' | 'amount' | 'createdAt'
> & {
  listSeq: string;
  amount: string;
  createdAt: Date;
};

/** Every query of `disbursement`, the append-only ledger the funds feature owns. */
@Injectable()
export class DisbursementQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first. */
  page(scope: ListScope, query: DisbursementQueryDto): Promise<DisbursementRow[]> {
    const qb = this.rows(this.dataSource.manager)
      .orderBy('d.list_seq', 'DESC')
      .limit(rowsForPage(query.limit));
    scope.applyTo(qb, 'd.unit_id');
    if (query.from) qb.andWhere('d.paid_on >= :from', { from: query.from });
    if (query.to) qb.andWhere('d.paid_on <= :to', { to: query.to });
    if (query.fundId) qb.andWhere('d.fund_id = :fundId', { fundId: query.fundId });
    if (query.cursor) {
      qb.andWhere('d.list_seq < :after', { after: decodeSequenceCursor(query.cursor) });
    }
    return qb.getRawMany<DisbursementRow>();
  }

  /** A case's payments and reversals, oldest first. */
  ofCase(caseId: string): Promise<DisbursementRow[]> {
    return this.rows(this.dataSource.manager)
      .where('d.case_id = :caseId', { caseId })
      .orderBy('d.list_seq', 'ASC')
      .getRawMany<DisbursementRow>();
  }

  async byId(manager: EntityManager, id: string): Promise<DisbursementRow | undefined> {
    return this.rows(manager).where('d.id = :id', { id }).getRawOne<DisbursementRow>();
  }

  async insert(manager: EntityManager, row: Disbursement): Promise<void> {
    await manager.save(row);
  }

  isReversed(manager: EntityManager, id: string): Promise<boolean> {
    return manager.existsBy(Disbursement, { reversesId: id });
  }

  /** Every case's paid total as cases keeps it, beside the sum of its ledger rows (bigints as text). */
  caseTotalsAgainstLedger(
    manager: EntityManager,
  ): Promise<{ id: string; paidTotal: string; ledgerPaid: string }[]> {
    return manager.query(`
      SELECT c.case_id AS id, c.paid_total AS "paidTotal", COALESCE(sum(d.amount), 0) AS "ledgerPaid"
      FROM ${CASE_PAID_TOTALS} c LEFT JOIN disbursement d ON d.case_id = c.case_id
      GROUP BY c.case_id, c.paid_total`);
  }

  private rows(manager: EntityManager): SelectQueryBuilder<Disbursement> {
    return manager
      .getRepository(Disbursement)
      .createQueryBuilder('d')
      .innerJoin('fund', 'f', 'f.id = d.fund_id')
      .leftJoin('disbursement', 'r', 'r.reverses_id = d.id')
      .select([
        'd.id AS id',
        'd.list_seq AS "listSeq"',
        'd.case_id AS "caseId"',
        'd.campaign_id AS "campaignId"',
        'd.worker_id AS "workerId"',
        'd.unit_id AS "unitId"',
        'd.fund_id AS "fundId"',
        'f.name AS "fundName"',
        'd.amount AS amount',
        'd.method AS method',
        'to_char(d.paid_on, \'YYYY-MM-DD\') AS "paidOn"',
        'd.reference AS reference',
        'd.reverses_id AS "reversesId"',
        'r.id AS "reversedById"',
        'd.reason AS reason',
        'd.created_by AS "createdBy"',
        'd.created_at AS "createdAt"',
      ]);
  }
}
