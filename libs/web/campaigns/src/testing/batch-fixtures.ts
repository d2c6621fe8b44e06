import type { BatchLineView, BatchView, CampaignView } from '@worker-aid/shared/domain';
import { aCampaign as aDraftCampaign, aLine } from './campaign-fixtures';

/** Batch 1 of the 2026 festival campaign: a bank batch of 4 lines of ¥800, 2 paid, 1 failed, 1 pending. */
export function aBatch(overrides: Partial<BatchView> = {}): BatchView {
  return {
    id: 'b-1',
    campaignId: 'cp-1',
    number: 1,
    method: 'bank',
    status: 'open',
    layoutId: null,
    lines: 4,
    amount: 320000,
    paidLines: 2,
    paidAmount: 160000,
    failedLines: 1,
    pendingLines: 1,
    bankFileDownloads: 0,
    createdBy: 'u-f',
    createdAt: '2026-11-30T01:00:00.000Z',
    ...overrides,
  };
}

/** 2026年"两节"送温暖 of the center, approved: the campaign fixture with its batch's figures. */
export function aCampaign(overrides: Partial<CampaignView> = {}): CampaignView {
  return aDraftCampaign({
    status: 'approved',
    unitName: '滁州市总工会',
    rosterBuiltAt: '2026-11-20T01:00:00.000Z',
    totals: {
      lines: 4,
      excluded: 0,
      amount: 320000,
      paidLines: 2,
      paidAmount: 160000,
      inBatchLines: 1,
      failedLines: 1,
      byTier: [{ tier: 'deep', lines: 4, amount: 320000 }],
    },
    approvedBy: 'u-m',
    approvedAt: '2026-11-21T01:00:00.000Z',
    noticeStartsOn: '2026-11-21',
    noticeEndsOn: '2026-11-27',
    createdBy: 'u-cw',
    createdAt: '2026-11-20T01:00:00.000Z',
    updatedAt: '2026-11-21T01:00:00.000Z',
    ...overrides,
  });
}

/** Line 1: 张秀英 of the school union, ¥800 pending in batch 1. */
export function aBatchLine(overrides: Partial<BatchLineView> = {}): BatchLineView {
  return {
    ...aLine({
      unitName: '滁州市第一中学工会',
      fileId: 'fi-1',
      fileNo: 'CZ-2026-0001',
      status: 'in_batch',
      batchId: 'b-1',
    }),
    batchAmount: 80000,
    outcome: 'pending',
    batchFailure: null,
    ...overrides,
  };
}
