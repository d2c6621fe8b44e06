import type { AllocationView, FundView } from '@worker-aid/shared/domain';
import type { FundAllocation } from './fund-allocation.entity';
import type { Fund } from './fund.entity';

export function toFundView(fund: Fund): FundView {
  return {
    id: fund.id,
    code: fund.code,
    name: fund.name,
    source: fund.source,
    unitId: fund.unitId,
    allocated: fund.allocated,
    disbursed: fund.disbursed,
    balance: fund.allocated - fund.disbursed,
    createdAt: fund.createdAt.toISOString(),
  };
}

export function toAllocationView(allocation: FundAllocation): AllocationView {
  return {
    id: allocation.id,
    fundId: allocation.fundId,
    amount: allocation.amount,
    note: allocation.note,
    createdBy: allocation.createdBy,
    createdAt: allocation.createdAt.toISOString(),
  };
}
