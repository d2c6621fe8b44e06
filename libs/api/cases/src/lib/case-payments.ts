import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CaseStatus, CaseType } from '@worker-aid/shared/domain';
import { Access, type Principal } from '@worker-aid/api/core';
import { CASE } from './case-record';
import { CaseHistory } from './case-history';
import { CaseQueries } from './case.queries';

/** A case as the ledger sees it while paying it or reversing one of its payments. */
export interface PayableCase {
  readonly id: string;
  readonly caseNo: string;
  readonly type: CaseType;
  readonly status: CaseStatus;
  readonly workerId: string;
  readonly unitId: string;
  readonly approvedAmount: number | null;
  /** Fen paid so far, less reversals. */
  readonly paidAmount: number;
  /** The last day of the case's public notice (no payment until it has passed); null: none. */
  readonly noticeEndsOn: string | null;
}

/**
 * The narrow side of cases that the funds ledger uses, and nothing else should: lock a case and
 * read what may be paid on it; record a change of its paid total, which moves its status and
 * writes its history. The ledger decides; the case's totals change only through here.
 */
@Injectable()
export class CasePayments {
  constructor(
    private readonly access: Access,
    private readonly queries: CaseQueries,
    private readonly history: CaseHistory,
  ) {}

  /** The case in the caller's scope (404 otherwise), locked until the caller's transaction ends. */
  async lockForPayment(manager: EntityManager, principal: Principal, caseId: string): Promise<PayableCase> {
    const aidCase = await this.access.require(CASE, principal, caseId, { manager, lock: true });
    return {
      id: aidCase.id,
      caseNo: aidCase.caseNo,
      type: aidCase.type,
      status: aidCase.status,
      workerId: aidCase.workerId,
      unitId: aidCase.unitId,
      approvedAmount: aidCase.approvedAmount,
      paidAmount: aidCase.disbursedAmount,
      noticeEndsOn: aidCase.noticeEndsOn,
    };
  }

  /**
   * Adds a payment (or a reversal's negative amount) to a case locked by `lockForPayment`: the
   * case is `disbursed` while the paid total reaches the approved amount, `approved` below it.
   * Answers the case as it now is.
   */
  async recordPaidChange(
    manager: EntityManager,
    principal: Principal,
    payable: PayableCase,
    delta: number,
  ): Promise<PayableCase> {
    const disbursedAmount = payable.paidAmount + delta;
    const status: CaseStatus = disbursedAmount >= (payable.approvedAmount ?? 0) ? 'disbursed' : 'approved';
    await this.queries.setPaidTotal(manager, payable.id, { disbursedAmount, status });
    await this.history.record(
      manager,
      principal,
      { id: payable.id, caseNo: payable.caseNo, unitId: payable.unitId, status },
      delta > 0 ? 'pay' : 'reverse',
      payable.status,
      null,
      { amount: delta },
    );
    return { ...payable, status, paidAmount: disbursedAmount };
  }
}
