import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AidType, PaymentMethod } from '@worker-aid/shared/domain';
import type { Principal } from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { FundQueries } from '../fund.queries';
import { DisbursementRollupService, type RolledUpPayment } from '../rollup/disbursement-rollup.service';
import { moveFundTotals } from './fund-totals';

/** What every payment of one call shares: a campaign's lines paid one way on one day. */
export interface CampaignPaymentTerms {
  campaignId: string;
  /** The campaign's kind as reports count it (`CAMPAIGN_KIND_AID_TYPE`). */
  aidType: AidType;
  fundId: string;
  method: PaymentMethod;
  paidOn: string;
  reference?: string | null;
}

/** One roster line to pay: its worker and unit are copied into the ledger row for reports. */
export interface CampaignLinePayment {
  lineId: string;
  workerId: string;
  unitId: string;
  amount: number;
}

/**
 * The ledger's bulk side: pays many campaign lines in the caller's transaction, in a handful of
 * statements whatever their number — one multi-row INSERT of ledger rows, the audit lines in
 * bulk, the fund's totals moved once by the sum, and the roll-up's cells edited once each. The
 * caller has locked the lines; the fund's row is locked last (lines, then fund, as `pay` does
 * case, then fund) and held to the commit, and a balance short of the sum refuses the whole call
 * with 409 `fund.insufficient`.
 */
@Injectable()
export class BulkPayments {
  constructor(
    private readonly funds: FundQueries,
    private readonly audit: AuditService,
    private readonly rollup: DisbursementRollupService,
  ) {}

  /**
   * The ledger row's id for each line paid. `beforeFundMoves` lets the caller record the payments
   * on its lines before the fund's lock is taken, so that the lock is held as briefly as can be.
   */
  async payLines(
    manager: EntityManager,
    principal: Principal,
    terms: CampaignPaymentTerms,
    lines: readonly CampaignLinePayment[],
    options: { beforeFundMoves?: (paymentOf: ReadonlyMap<string, string>) => Promise<void> } = {},
  ): Promise<Map<string, string>> {
    if (lines.length === 0) return new Map();
    const rows: RolledUpPayment[] = lines.map((line) => ({
      unitId: line.unitId,
      workerId: line.workerId,
      paidOn: terms.paidOn,
      caseType: terms.aidType,
      fundId: terms.fundId,
      amount: line.amount,
    }));
    // Looked up before the fund is locked, so that the locked part stays short.
    const placements = await this.rollup.placementsOf(manager, rows);
    const inserted = await manager.query<{ id: string; line_id: string }[]>(
      `INSERT INTO disbursement (case_id, case_type, campaign_id, campaign_line_id, worker_id, unit_id, fund_id,
         amount, method, paid_on, reference, reverses_id, reason, created_by)
       SELECT NULL, $1, $2, t.line_id, t.worker_id, t.unit_id, $3, t.amount, $4, $5, $6, NULL, NULL, $7
       FROM unnest($8::uuid[], $9::uuid[], $10::uuid[], $11::bigint[]) AS t(line_id, worker_id, unit_id, amount)
       RETURNING id, campaign_line_id AS line_id`,
      [
        terms.aidType,
        terms.campaignId,
        terms.fundId,
        terms.method,
        terms.paidOn,
        terms.reference ?? null,
        principal.id,
        lines.map((line) => line.lineId),
        lines.map((line) => line.workerId),
        lines.map((line) => line.unitId),
        lines.map((line) => String(line.amount)),
      ],
    );
    const paymentOf = new Map(inserted.map((row) => [row.line_id, row.id]));
    await this.audit.recordMany(
      manager,
      lines.map((line) => ({
        actorId: principal.id,
        unitId: line.unitId,
        action: 'disbursement.pay',
        entityType: 'disbursement',
        entityId: paymentOf.get(line.lineId) ?? null,
        detail: {
          campaignId: terms.campaignId,
          lineId: line.lineId,
          fundId: terms.fundId,
          amount: line.amount,
          paidOn: terms.paidOn,
        },
      })),
    );
    await options.beforeFundMoves?.(paymentOf);
    const sum = lines.reduce((total, line) => total + line.amount, 0);
    // The fund's lock, from here to the commit.
    await moveFundTotals(this.funds, manager, terms.fundId, { disbursed: sum });
    await this.rollup.applyPayments(manager, rows, placements);
    return paymentOf;
  }
}
