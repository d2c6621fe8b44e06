import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  inNotice,
  PAYABLE_CASE_STATUS,
  remainingToPay,
  REVERSIBLE_CASE_STATUSES,
  todayInCenter,
  type AllocationView,
  type DisbursementView,
} from '@worker-aid/shared/domain';
import {
  Access,
  claimIdempotencyKey,
  Principal,
  requestHash,
  storeIdempotentAnswer,
  apiError,
  invalidField,
  notFound,
} from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { CasePayments } from '@worker-aid/api/cases';
import { UnitsService } from '@worker-aid/api/units';
import { Disbursement } from '../disbursement.entity';
import { DisbursementQueries } from '../disbursement.queries';
import { DisbursementViews } from '../disbursement-views';
import { FundAllocation } from '../fund-allocation.entity';
import { type FundTotalsChange, FundQueries } from '../fund.queries';
import { Fund } from '../fund.entity';
import { DISBURSEMENT, FUND } from '../funds-records';
import { AllocationDto, DisbursementDto, ReversalDto } from '../funds.dto';
import { toAllocationView } from '../funds.mapper';
import { DisbursementRollupService } from '../rollup/disbursement-rollup.service';
import { CampaignLedger } from './campaign-ledger-hooks';
import { moveFundTotals } from './fund-totals';

export interface PaymentAnswer {
  status: number;
  body: DisbursementView;
}

/**
 * The ledger: the one service through which money moves — allocations into a fund, payments
 * out of it, reversals (冲正) — and through which a fund's and a case's paid totals change.
 * Each movement is an append-only row written in one transaction with the totals, the case's
 * history, the audit line and the report roll-up.
 *
 * Concurrency is handled with row locks, always taken in the same order — the case, then the
 * fund — inside one READ COMMITTED transaction: a second payment against the same case or fund
 * waits for the first to commit and then sees its totals, so no interleaving can overpay a case
 * or overdraw a fund, and nothing needs retrying. Every movement of a fund queues for its row,
 * so the fund's lock is taken last: everything else is written first, then `moveFundTotals`
 * changes the totals in one conditional UPDATE (or finds the balance short and rolls it all
 * back), the roll-up follows under that lock, and the commit releases it. The CHECK constraints
 * and the append-only triggers stand behind the code.
 */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly funds: FundQueries,
    private readonly disbursements: DisbursementQueries,
    private readonly views: DisbursementViews,
    private readonly cases: CasePayments,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
    private readonly rollup: DisbursementRollupService,
    private readonly campaigns: CampaignLedger,
  ) {}

  /** Money into the fund (资金下拨). */
  async allocate(principal: Principal, fundId: string, dto: AllocationDto): Promise<AllocationView> {
    return this.dataSource.transaction(async (manager) => {
      const fund = await this.access.require(FUND, principal, fundId, { manager });
      const allocation = manager.create(FundAllocation, {
        fundId: fund.id,
        amount: dto.amount,
        note: dto.note ?? null,
        createdBy: principal.id,
      });
      await this.funds.insertAllocation(manager, allocation);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: fund.unitId,
        action: 'fund.allocate',
        entityType: 'fund',
        entityId: fund.id,
        detail: { allocationId: allocation.id, amount: dto.amount },
      });
      await this.moveFundTotals(manager, fund.id, { allocated: dto.amount });
      return toAllocationView(allocation);
    });
  }

  /** Pays an approved case out of a fund; the same key and body answer the first answer again. */
  async pay(
    principal: Principal,
    caseId: string,
    dto: DisbursementDto,
    idempotencyKey: string,
  ): Promise<PaymentAnswer> {
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

      const aidCase = await this.cases.lockForPayment(manager, principal, caseId);
      if (aidCase.status !== PAYABLE_CASE_STATUS) {
        throw apiError(
          'payment.case_status',
          `status: only an approved case can be paid; this one is ${aidCase.status}`,
        );
      }
      if (inNotice(aidCase, todayInCenter())) {
        throw apiError(
          'case.in_notice',
          `the case is in public notice until ${aidCase.noticeEndsOn}: it cannot be paid before`,
          { noticeEndsOn: aidCase.noticeEndsOn },
        );
      }
      // Not locked yet: a fund's unit never changes, and its balance is checked again by moveFundTotals.
      const fund = await this.access.require(FUND, principal, dto.fundId, { manager });
      await this.assertFundCoversCase(fund, aidCase.unitId, manager);
      const remaining = remainingToPay({
        approvedAmount: aidCase.approvedAmount,
        disbursedAmount: aidCase.paidAmount,
      });
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
      await this.disbursements.insert(manager, payment);
      const placement = await this.rollup.placementOf(manager, payment);
      await this.cases.recordPaidChange(manager, principal, aidCase, dto.amount);
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
      await this.moveFundTotals(manager, fund.id, { disbursed: dto.amount });
      await this.rollup.apply(manager, payment, placement);
      return { status: 201, body };
    });
  }

  /**
   * Undoes a bounced payment with a compensating entry; the original row stays as it was. A
   * campaign line's payment gives the line back to the unpaid ones (the campaigns feature,
   * through `CampaignLedger`), in the same transaction.
   */
  async reverse(principal: Principal, disbursementId: string, dto: ReversalDto): Promise<DisbursementView> {
    return this.dataSource.transaction(async (manager) => {
      const original = await this.access.require(DISBURSEMENT, principal, disbursementId, { manager });
      if (original.reversesId)
        throw apiError('payment.is_reversal', 'id: a reversal cannot itself be reversed');
      // Lock order: the case or the campaign's line, then the fund.
      const aidCase = original.caseId
        ? await this.cases.lockForPayment(manager, principal, original.caseId)
        : null;
      if (original.campaignLineId) {
        await this.campaigns.lineReversed(manager, principal, {
          lineId: original.campaignLineId,
          paymentId: original.id,
          reason: dto.reason,
        });
      }
      const fund = await this.access.require(FUND, principal, original.fundId, { manager });
      const already = await this.disbursements.isReversed(manager, original.id);
      if (already) throw apiError('payment.already_reversed', 'id: this payment has already been reversed');
      if (aidCase && !REVERSIBLE_CASE_STATUSES.includes(aidCase.status)) {
        throw apiError(
          'payment.not_reversible',
          `status: payments of a ${aidCase.status} case can no longer be reversed`,
        );
      }
      const reversal = manager.create(Disbursement, {
        caseId: original.caseId,
        caseType: original.caseType,
        campaignId: original.campaignId,
        campaignLineId: original.campaignLineId,
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
      await this.disbursements.insert(manager, reversal);
      const placement = await this.rollup.placementOf(manager, reversal);
      if (aidCase) await this.cases.recordPaidChange(manager, principal, aidCase, -original.amount);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: original.unitId,
        action: 'disbursement.reverse',
        entityType: 'disbursement',
        entityId: reversal.id,
        detail: {
          reverses: original.id,
          amount: -original.amount,
          reason: dto.reason,
          ...(original.campaignLineId
            ? { campaignId: original.campaignId, lineId: original.campaignLineId }
            : {}),
        },
      });
      const view = await this.view(reversal.id, manager);
      // The fund's lock, from here to the commit.
      await this.moveFundTotals(manager, fund.id, { disbursed: -original.amount });
      await this.rollup.apply(manager, reversal, placement);
      return view;
    });
  }

  private moveFundTotals(manager: EntityManager, fundId: string, change: FundTotalsChange): Promise<void> {
    return moveFundTotals(this.funds, manager, fundId, change);
  }

  private async view(id: string, manager: EntityManager): Promise<DisbursementView> {
    const row = await this.disbursements.byId(manager, id);
    if (!row) throw notFound('disbursement');
    const [view] = await this.views.of([row], manager);
    return view;
  }

  private async assertFundCoversCase(fund: Fund, caseUnitId: string, manager: EntityManager): Promise<void> {
    if (!(await this.units.covers(fund.unitId, caseUnitId, manager))) {
      throw apiError('fund.not_covering', "fundId: the fund's unit does not cover the case's unit");
    }
  }
}
