import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@worker-aid/api/core';

/** A campaign line's payment being reversed, inside the reversal's transaction. */
export interface CampaignLineReversal {
  lineId: string;
  paymentId: string;
  reason: string;
}

/** What the ledger asks of the campaigns feature, which depends on this one and so registers itself. */
export interface CampaignLedgerHooks {
  /**
   * Locks the line and gives it back to the unpaid lines (its batch line `reversed`), before the
   * reversal's ledger row is written; throws an ApiError to refuse the reversal.
   */
  lineReversed(manager: EntityManager, principal: Principal, reversal: CampaignLineReversal): Promise<void>;
  /** Campaigns' names by id, for ledger rows' views. */
  namesOf(ids: readonly string[], manager?: EntityManager): Promise<Map<string, string>>;
}

/**
 * Where the campaigns feature plugs in at start-up (`onModuleInit`): the funds feature may not
 * import campaigns, yet a campaign payment's reversal must change its line in the same
 * transaction, and a ledger row's view names its campaign.
 */
@Injectable()
export class CampaignLedger {
  private hooks: CampaignLedgerHooks | null = null;

  register(hooks: CampaignLedgerHooks): void {
    this.hooks = hooks;
  }

  lineReversed(manager: EntityManager, principal: Principal, reversal: CampaignLineReversal): Promise<void> {
    return this.registered().lineReversed(manager, principal, reversal);
  }

  async namesOf(ids: readonly string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    return this.registered().namesOf(ids, manager);
  }

  private registered(): CampaignLedgerHooks {
    if (!this.hooks) throw new Error('the campaigns feature has not registered with the ledger');
    return this.hooks;
  }
}
