import type { FileHistoryEntry, FileListItem, FileView } from '@worker-aid/shared/domain';

/*
 * The hardship files the component tests of this library start from: 张秀英 of the school union
 * (`s`), filed by the caseworker (`u-cw`). A test changes only what it is about.
 */

/** 张秀英's household of two, submitted: ¥750 per head against a ¥780 line, deep hardship. */
export function aFile(overrides: Partial<FileView> = {}): FileView {
  return {
    id: 'f-1',
    fileNo: 'DA-2026-000001',
    workerId: 'w-1',
    workerName: '张秀英',
    unitId: 's',
    status: 'submitted',
    tier: 'deep',
    perCapitaIncome: 75000,
    standard: { povertyLine: 78000, relativeMultiple: 2, suddenSharePercent: 80 },
    members: [
      {
        name: '张秀英',
        relation: 'self',
        birthYear: 1985,
        health: 'chronic',
        work: 'employed',
        monthlyIncome: 200000,
      },
      {
        name: '李明',
        relation: 'child',
        birthYear: 2015,
        health: 'healthy',
        work: 'student',
        monthlyIncome: 0,
      },
    ],
    monthlyRigidExpenses: 50000,
    suddenExpenses12m: 0,
    mainCause: 'illness',
    secondaryCauses: ['single_parent'],
    note: null,
    activeSince: null,
    noticeStartsOn: null,
    noticeEndsOn: null,
    reviewDueOn: null,
    lastReviewedOn: null,
    closedOn: null,
    exitReason: null,
    exitNote: null,
    reopenedFromId: null,
    followUps: [],
    createdBy: 'u-cw',
    createdAt: '2026-11-20T02:00:00Z',
    updatedAt: '2026-11-21T02:00:00Z',
    ...overrides,
  };
}

/** The list row of a file. */
export function aFileItem(overrides: Partial<FileListItem> = {}): FileListItem {
  const file = aFile();
  return {
    id: file.id,
    fileNo: file.fileNo,
    workerId: file.workerId,
    workerName: file.workerName,
    unitId: file.unitId,
    status: 'active',
    tier: file.tier,
    perCapitaIncome: file.perCapitaIncome,
    mainCause: file.mainCause,
    reviewDueOn: '2027-11-21',
    closedOn: null,
    exitReason: null,
    createdAt: file.createdAt,
    ...overrides,
  };
}

/** Filed, then submitted, by the caseworker. */
export const FILE_HISTORY: FileHistoryEntry[] = [
  {
    at: '2026-11-20T02:00:00Z',
    actorId: 'u-cw',
    actorName: '李专干',
    action: 'create',
    fromStatus: null,
    toStatus: 'draft',
    comment: null,
  },
  {
    at: '2026-11-21T02:00:00Z',
    actorId: 'u-cw',
    actorName: '李专干',
    action: 'submit',
    fromStatus: 'draft',
    toStatus: 'submitted',
    comment: null,
  },
];
