import type { EntityManager } from 'typeorm';
import { apiError } from '@worker-aid/api/core';
import type { FundQueries, FundTotalsChange } from '../fund.queries';

/**
 * The only way a fund's totals change: one conditional UPDATE, which locks the fund's row until
 * commit — so it comes last — and re-checks the balance on the latest committed row; 409
 * `fund.insufficient` when it would fall below zero (the caller's transaction then rolls back).
 */
export async function moveFundTotals(
  funds: FundQueries,
  manager: EntityManager,
  fundId: string,
  change: FundTotalsChange,
): Promise<void> {
  if (await funds.moveTotals(manager, fundId, change)) return;
  const fund = await funds.byId(manager, fundId);
  throw apiError(
    'fund.insufficient',
    `amount: more than the fund's balance of ${fund.allocated - fund.disbursed} fen`,
  );
}
