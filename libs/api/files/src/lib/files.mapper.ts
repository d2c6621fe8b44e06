import { relativeMultipleOf, type FileView } from '@worker-aid/shared/domain';
import type { FileFollowUpVisit } from './file-follow-up.entity';
import type { HardshipFile } from './hardship-file.entity';

export function toFileView(
  file: HardshipFile,
  workerName: string,
  followUps: readonly FileFollowUpVisit[],
): FileView {
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
    noticeStartsOn: file.noticeStartsOn,
    noticeEndsOn: file.noticeEndsOn,
    reviewDueOn: file.reviewDueOn,
    lastReviewedOn: file.lastReviewedOn,
    closedOn: file.closedOn,
    exitReason: file.exitReason,
    exitNote: file.exitNote,
    reopenedFromId: file.reopenedFromId,
    followUps: followUps.map((visit) => ({
      dueOn: visit.dueOn,
      doneOn: visit.doneOn,
      relapsed: visit.relapsed,
      note: visit.note,
      reopenedFileId: visit.reopenedFileId,
    })),
    createdBy: file.createdBy,
    createdAt: file.createdAt.toISOString(),
    updatedAt: file.updatedAt.toISOString(),
  };
}
