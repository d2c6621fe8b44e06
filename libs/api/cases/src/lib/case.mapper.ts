import type { ApprovalStep, CaseView, CaseWarning } from '@worker-aid/shared/domain';
import type { AidCase } from './aid-case.entity';

/** What a case's answer shows besides its own columns, looked up from other features. */
export interface CaseViewExtras {
  workerName: string;
  warnings: CaseWarning[];
  /** The stored steps with their unit and user names. */
  approvals: ApprovalStep[];
  awaitingUnit: { id: string; name: string } | null;
}

export function toCaseView(aidCase: AidCase, extras: CaseViewExtras): CaseView {
  const { workerName, warnings } = extras;
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
    approvals: extras.approvals,
    awaitingLevel: aidCase.awaitingLevel,
    awaitingUnit: extras.awaitingUnit,
    noticeStartsOn: aidCase.noticeStartsOn,
    noticeEndsOn: aidCase.noticeEndsOn,
    warnings,
  };
}
