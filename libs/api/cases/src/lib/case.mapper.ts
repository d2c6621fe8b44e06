import type { CaseView, CaseWarning } from '@worker-aid/shared/domain';
import type { AidCase } from './aid-case.entity';

export function toCaseView(aidCase: AidCase, workerName: string, warnings: CaseWarning[]): CaseView {
  return {
    id: aidCase.id,
    caseNo: aidCase.caseNo,
    type: aidCase.type,
    status: aidCase.status,
    workerId: aidCase.workerId,
    workerName,
    unitId: aidCase.unitId,
    requestedAmount: aidCase.requestedAmount,
    approvedAmount: aidCase.approvedAmount,
    disbursedAmount: aidCase.disbursedAmount,
    summary: aidCase.summary,
    details: aidCase.details,
    outcome: aidCase.outcome,
    recoveredAmount: aidCase.recoveredAmount,
    createdBy: aidCase.createdBy,
    createdAt: aidCase.createdAt.toISOString(),
    updatedAt: aidCase.updatedAt.toISOString(),
    warnings,
  };
}
