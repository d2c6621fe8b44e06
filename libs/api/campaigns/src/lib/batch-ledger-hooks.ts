import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BATCH_FAILURE_MAX_LENGTH } from '@worker-aid/shared/domain';
import { apiError, type Principal } from '@worker-aid/api/core';
import { CampaignLedger, type CampaignLineReversal } from '@worker-aid/api/funds';
import { BatchQueries } from './batch.queries';
import { CampaignNamesReader } from './campaign-names.reader';

/**
 * Registers the campaigns feature with the ledger at start-up: a reversed campaign payment
 * (冲正, `POST /api/disbursements/:id/reversal`) gives its line back to the unpaid ones, to be
 * paid again in a later batch; and ledger rows name their campaign.
 */
@Injectable()
export class BatchLedgerHooks implements OnModuleInit {
  constructor(
    private readonly ledger: CampaignLedger,
    private readonly queries: BatchQueries,
    private readonly names: CampaignNamesReader,
  ) {}

  onModuleInit(): void {
    this.ledger.register({
      lineReversed: (manager, principal, reversal) => this.lineReversed(manager, principal, reversal),
      namesOf: async (ids, manager) =>
        new Map([...(await this.names.namesOf(ids, manager))].map(([id, { name }]) => [id, name])),
    });
  }

  private async lineReversed(
    manager: EntityManager,
    _principal: Principal,
    reversal: CampaignLineReversal,
  ): Promise<void> {
    const failure = `reversed: ${reversal.reason}`.slice(0, BATCH_FAILURE_MAX_LENGTH);
    if (!(await this.queries.unpayLine(manager, reversal.lineId, reversal.paymentId, failure))) {
      throw apiError('payment.already_reversed', 'id: this payment has already been reversed');
    }
  }
}
