import type { FundView } from '@worker-aid/shared/domain';

export interface FundTotals {
  allocated: number;
  disbursed: number;
  balance: number;
}

/** The totals row of the funds list (whole fen, so the sums are exact). */
export function fundTotals(
  funds: readonly Pick<FundView, 'allocated' | 'disbursed' | 'balance'>[],
): FundTotals {
  return funds.reduce<FundTotals>(
    (sum, fund) => ({
      allocated: sum.allocated + fund.allocated,
      disbursed: sum.disbursed + fund.disbursed,
      balance: sum.balance + fund.balance,
    }),
    { allocated: 0, disbursed: 0, balance: 0 },
  );
}
