import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { todayInCenter, type DisbursementView, type Page } from '@worker-aid/shared/domain';
import {
  applyScope,
  claimIdempotencyKey,
  decodeSequenceCursor,
  encodeCursor,
  pathInScope,
  Principal,
  requestHash,
  storeIdempotentAnswer,
  apiError,
  invalidField,
  notFound,
} from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { CasesService } from '@worker-aid/api/cases';
import { Unit, UnitsService } from '@worker-aid/api/units';
import { Disbursement } from './disbursement.entity';
import { DisbursementDto, DisbursementQueryDto, ReversalDto } from './funds.dto';
import { Fund } from './fund.entity';
import { FundsService } from './funds.service';
import { DisbursementRollupService } from './rollup/disbursement-rollup.service';

export interface PaymentAnswer {
  status: number;
  body: DisbursementView;
}

/**
 * Payments and reversals. Concurrency is handled with row locks, always taken in the same
 * order — the case, then the fund — inside one READ COMMITTED transaction: a second payment
 * against the same case or fund waits for the first to commit and then sees its totals, so
 * no interleaving can overpay a case or overdraw a fund, and nothing needs retrying. (The
 * fund's CHECK constraint stands behind the code as a last line.) Each ledger row also updates
 * the report roll-up in the same transaction, under the fund's lock.
 *
 * Every payment of a fund queues for its row, so a payment takes that lock last: everything
 * else is written first, then one conditional UPDATE draws the amount down (or finds the
 * balance short and rolls it all back), the roll-up follows, and the commit releases it.
 */
@Injectable()
export class DisbursementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly funds: FundsService,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
    private readonly rollup: DisbursementRollupService,
  ) {}

  async pay(
    principal: Principal,
    caseId: string,
    dto: DisbursementDto,
    idempotencyKey: string,
  ): Promise<PaymentAnswer> {
    if (dto.amount === 0) throw invalidField('amount', 'positive', 'a payment must be more than zero');
    if (dto.paidOn > todayInCenter()) throw invalidField('paidOn', 'not_future', 'may not be in the future');
    const hash = requestHash({ caseId, ...dto, reference: dto.reference ?? null });
    return this.dataSource.transaction(async (manager) => {
      const claimed = await claimIdempotencyKey<DisbursementView>(
        manager,
        principal.id,
        idempotencyKey,
        hash,
      );
      if (claimed.replayed) return { status: claimed.status, body: claimed.body };

      const aidCase = await this.cases.lockInScope(principal, caseId, manager);
      if (aidCase.status !== 'approved') {
        throw apiError(
          'payment.case_status',
          `status: only an approved case can be paid; this one is ${aidCase.status}`,
        );
      }
      // Not locked yet: a fund's unit never changes, and its balance is checked again by drawDown.
      const fund = await this.funds.findInScope(principal, dto.fundId, manager);
      await this.assertFundCoversCase(fund, aidCase.unitId, manager);
      const remaining = (aidCase.approvedAmount ?? 0) - aidCase.disbursedAmount;
      if (dto.amount > remaining) {
        throw apiError(
          'payment.over_approved',
          `amount: more than the ${remaining} fen still to pay on this case`,
        );
      }
      if (dto.amount > fund.allocated - fund.disbursed) {
        throw apiError(
          'fund.insufficient',
          `amount: more than the fund's balance of ${fund.allocated - fund.disbursed} fen`,
        );
      }

      const payment = manager.create(Disbursement, {
        caseId: aidCase.id,
        caseType: aidCase.type,
        workerId: aidCase.workerId,
        unitId: aidCase.unitId,
        fundId: fund.id,
        amount: dto.amount,
        method: dto.method,
        paidOn: dto.paidOn,
        reference: dto.reference ?? null,
        reversesId: null,
        reason: null,
        createdBy: principal.id,
      });
      await manager.save(payment);
      const placement = await this.rollup.placementOf(manager, payment);
      await this.cases.applyPayment(manager, principal, aidCase, dto.amount);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: aidCase.unitId,
        action: 'disbursement.pay',
        entityType: 'disbursement',
        entityId: payment.id,
        detail: { caseNo: aidCase.caseNo, fundId: fund.id, amount: dto.amount, paidOn: dto.paidOn },
      });
      const body = await this.view(payment.id, manager);
      await storeIdempotentAnswer(manager, claimed.claim, 201, body);
      // The fund's lock, from here to the commit.
      await this.funds.drawDown(manager, fund.id, dto.amount);
      await this.rollup.apply(manager, payment, placement);
      return { status: 201, body };
    });
  }

  /** Undoes a bounced payment with a compensating entry; the original row stays as it was. */
  async reverse(principal: Principal, disbursementId: string, dto: ReversalDto): Promise<DisbursementView> {
    return this.dataSource.transaction(async (manager) => {
      const original = await this.findInScope(principal, disbursementId, manager);
      if (original.reversesId)
        throw apiError('payment.is_reversal', 'id: a reversal cannot itself be reversed');
      const aidCase = await this.cases.lockInScope(principal, original.caseId, manager);
      const fund = await this.funds.findInScope(principal, original.fundId, manager, { lock: true });
      const already = await manager.existsBy(Disbursement, { reversesId: original.id });
      if (already) throw apiError('payment.already_reversed', 'id: this payment has already been reversed');
      if (aidCase.status !== 'approved' && aidCase.status !== 'disbursed') {
        throw apiError(
          'payment.not_reversible',
          `status: payments of a ${aidCase.status} case can no longer be reversed`,
        );
      }
      const reversal = manager.create(Disbursement, {
        caseId: original.caseId,
        caseType: original.caseType,
        workerId: original.workerId,
        unitId: original.unitId,
        fundId: original.fundId,
        amount: -original.amount,
        method: original.method,
        paidOn: original.paidOn,
        reference: original.reference,
        reversesId: original.id,
        reason: dto.reason,
        createdBy: principal.id,
      });
      await manager.save(reversal);
      await this.rollup.apply(manager, reversal);
      await manager.decrement(Fund, { id: fund.id }, 'disbursed', original.amount);
      await this.cases.applyPayment(manager, principal, aidCase, -original.amount);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: original.unitId,
        action: 'disbursement.reverse',
        entityType: 'disbursement',
        entityId: reversal.id,
        detail: { reverses: original.id, amount: -original.amount, reason: dto.reason },
      });
      return this.view(reversal.id, manager);
    });
  }

  async forCase(principal: Principal, caseId: string): Promise<DisbursementView[]> {
    await this.cases.get(principal, caseId);
    const rows = await this.query(this.dataSource.manager)
      .where('d.case_id = :caseId', { caseId })
      .orderBy('d.list_seq', 'ASC')
      .getRawMany<RawDisbursement>();
    return rows.map(toViewFromRaw);
  }

  async list(principal: Principal, query: DisbursementQueryDto): Promise<Page<DisbursementView>> {
    const qb = this.query(this.dataSource.manager)
      .orderBy('d.list_seq', 'DESC')
      .limit(query.limit + 1);
    applyScope(qb, principal, 'd.unit_id');
    if (query.from) qb.andWhere('d.paid_on >= :from', { from: query.from });
    if (query.to) qb.andWhere('d.paid_on <= :to', { to: query.to });
    if (query.fundId) qb.andWhere('d.fund_id = :fundId', { fundId: query.fundId });
    if (query.unitId) {
      const unit = await this.units.findInScope(principal, query.unitId);
      applyScope(qb, { unitPath: unit.path }, 'd.unit_id');
    }
    if (query.cursor) {
      qb.andWhere('d.list_seq < :after', { after: decodeSequenceCursor(query.cursor) });
    }
    const rows = await qb.getRawMany<RawDisbursement>();
    const page = rows.slice(0, query.limit);
    const nextCursor = rows.length > query.limit ? encodeCursor([page[page.length - 1].listSeq]) : null;
    return { items: page.map(toViewFromRaw), nextCursor };
  }

  private async view(id: string, manager: EntityManager): Promise<DisbursementView> {
    const raw = await this.query(manager).where('d.id = :id', { id }).getRawOne<RawDisbursement>();
    if (!raw) throw notFound('disbursement');
    return toViewFromRaw(raw);
  }

  /** Ledger rows with the names a list shows, and whether each payment has been reversed. */
  private query(manager: EntityManager) {
    return manager
      .getRepository(Disbursement)
      .createQueryBuilder('d')
      .innerJoin('aid_case', 'c', 'c.id = d.case_id')
      .innerJoin('worker', 'w', 'w.id = d.worker_id')
      .innerJoin('fund', 'f', 'f.id = d.fund_id')
      .leftJoin('disbursement', 'r', 'r.reverses_id = d.id')
      .select([
        'd.id AS id',
        'd.list_seq AS "listSeq"',
        'd.case_id AS "caseId"',
        'c.case_no AS "caseNo"',
        'c.status AS "caseStatus"',
        'd.worker_id AS "workerId"',
        'w.name AS "workerName"',
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

  private async findInScope(principal: Principal, id: string, manager: EntityManager): Promise<Disbursement> {
    const row = await manager.findOneBy(Disbursement, { id });
    const unit = row ? await manager.findOneBy(Unit, { id: row.unitId }) : null;
    if (!row || !unit || !pathInScope(principal, unit.path)) throw notFound('disbursement');
    return row;
  }

  private async assertFundCoversCase(fund: Fund, caseUnitId: string, manager: EntityManager): Promise<void> {
    const [fundUnit, caseUnit] = await Promise.all([
      manager.findOneByOrFail(Unit, { id: fund.unitId }),
      manager.findOneByOrFail(Unit, { id: caseUnitId }),
    ]);
    if (!caseUnit.path.startsWith(fundUnit.path)) {
      throw apiError('fund.not_covering', "fundId: the fund's unit does not cover the case's unit");
    }
  }
}

type RawDisbursement = Omit<DisbursementView, 'amount' | 'createdAt'> & {
  listSeq: string;
  amount: string;
  createdAt: Date;
};

function toViewFromRaw({ listSeq: _seq, ...raw }: RawDisbursement): DisbursementView {
  return { ...raw, amount: Number(raw.amount), createdAt: new Date(raw.createdAt).toISOString() };
}
