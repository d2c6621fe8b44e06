import type { CampaignLineView, CampaignView } from '@worker-aid/shared/domain';

/** The center's festival campaign of 2026, a draft by the manager (`u-m`) with three lines. */
export function aCampaign(overrides: Partial<CampaignView> = {}): CampaignView {
  return {
    id: 'cp-1',
    name: '2026年"两节"送温暖',
    kind: 'festival',
    year: 2026,
    status: 'draft',
    unitId: 'c',
    unitName: '市总工会',
    fundId: 'f-1',
    fundName: '帮扶专项资金',
    eligibility: { tiers: ['deep', 'relative'] },
    amounts: [
      { tier: 'deep', amount: 80000 },
      { tier: 'relative', amount: 50000 },
    ],
    rosterBuiltAt: '2026-11-30T08:00:00Z',
    totals: {
      lines: 3,
      excluded: 0,
      amount: 210000,
      paidLines: 0,
      paidAmount: 0,
      inBatchLines: 0,
      failedLines: 0,
      byTier: [
        { tier: 'deep', lines: 2, amount: 160000 },
        { tier: 'relative', lines: 1, amount: 50000 },
      ],
    },
    approvedBy: null,
    approvedAt: null,
    noticeStartsOn: null,
    noticeEndsOn: null,
    createdBy: 'u-m',
    createdAt: '2026-11-30T08:00:00Z',
    updatedAt: '2026-11-30T08:00:00Z',
    ...overrides,
  };
}

/** Line 1 of the campaign: 张秀英, deep hardship, ¥800. */
export function aLine(overrides: Partial<CampaignLineView> = {}): CampaignLineView {
  return {
    id: 'l-1',
    campaignId: 'cp-1',
    lineNo: 1,
    workerId: 'w-1',
    workerName: '张秀英',
    idNumber: '341102********002X',
    unitId: 's',
    unitName: '实验小学工会',
    fileId: 'fl-1',
    fileNo: 'DA-2026-000001',
    tier: 'deep',
    migrantWorker: false,
    standardAmount: 80000,
    amount: 80000,
    status: 'unpaid',
    reason: null,
    children: [],
    bankAccount: '****1234',
    batchId: null,
    failure: null,
    paymentId: null,
    paidOn: null,
    objection: null,
    ...overrides,
  };
}
