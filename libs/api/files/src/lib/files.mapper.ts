import { relativeMultipleOf, type FileView } from '@worker-aid/shared/domain';
import type { HardshipFile } from './hardship-file.entity';

export function toFileView(file: HardshipFile, workerName: string): FileView {
  return {
    id: file.id,
    fileNo: file.fileNo,
    workerId: file.workerId,
    workerName,
    unitId: file.unitId,
    status: file.status,
    tier: file.tier,
    perCapitaIncome: file.perCapitaIncome,
    standard: {
      povertyLine: file.povertyLine,
      relativeMultiple: relativeMultipleOf(file.relativeMultipleTenths),
      suddenSharePercent: file.suddenSharePercent,
    },
    members: file.members,
    monthlyRigidExpenses: file.monthlyRigidExpenses,
    suddenExpenses12m: file.suddenExpenses12m,
    mainCause: file.mainCause,
    secondaryCauses: file.secondaryCauses,
    note: file.note,
    activeSince: file.activeSince,
    reviewDueOn: file.reviewDueOn,
    lastReviewedOn: null,
    closedOn: null,
    exitReason: null,
    exitNote: null,
    reopenedFromId: null,
    followUps: [],
    createdBy: file.createdBy,
    createdAt: file.createdAt.toISOString(),
    updatedAt: file.updatedAt.toISOString(),
  };
}
