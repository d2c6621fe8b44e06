import type {
  CampaignLineObjection,
  CampaignLineChild,
  CampaignLineView,
  CampaignListItem,
  CampaignTotals,
  CampaignView,
} from '@worker-aid/shared/domain';
import type { RosterWorker } from '@worker-aid/api/workers';
import type { CampaignListRow } from './campaign.queries';
import type { CampaignLineRow } from './campaign-lines.queries';
import type { Campaign } from './entities/campaign.entity';
import type { StoredObjection } from './entities/campaign-line.entity';

export function toCampaignView(
  campaign: Campaign,
  names: { unitName: string; fundName: string },
  totals: CampaignTotals,
): CampaignView {
  return {
    id: campaign.id,
    name: campaign.name,
    kind: campaign.kind,
    year: campaign.year,
    status: campaign.status,
    unitId: campaign.unitId,
    unitName: names.unitName,
    fundId: campaign.fundId,
    fundName: names.fundName,
    eligibility: campaign.eligibility,
    amounts: campaign.amounts,
    rosterBuiltAt: campaign.rosterBuiltAt?.toISOString() ?? null,
    totals,
    approvedBy: campaign.approvedBy,
    approvedAt: campaign.approvedAt?.toISOString() ?? null,
    noticeStartsOn: campaign.noticeStartsOn,
    noticeEndsOn: campaign.noticeEndsOn,
    createdBy: campaign.createdBy,
    createdAt: campaign.createdAt.toISOString(),
    updatedAt: campaign.updatedAt.toISOString(),
  };
}

export function toCampaignListItem(row: CampaignListRow, unitName: string): CampaignListItem {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    year: row.year,
    status: row.status,
    unitId: row.unitId,
    unitName,
    lines: row.lines,
    amount: Number(row.amount),
    paidAmount: Number(row.paidAmount),
    noticeEndsOn: row.noticeEndsOn,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

export function toCampaignLineView(
  row: CampaignLineRow,
  worker: RosterWorker | undefined,
  unitName: string,
): CampaignLineView {
  return {
    id: row.id,
    campaignId: row.campaignId,
    lineNo: row.lineNo,
    workerId: row.workerId,
    workerName: worker?.name ?? '',
    idNumber: worker?.idNumber ?? '',
    unitId: row.unitId,
    unitName,
    fileId: row.fileId,
    fileNo: row.fileNo,
    tier: row.tier,
    migrantWorker: row.migrantWorker,
    standardAmount: Number(row.standardAmount),
    amount: Number(row.amount),
    status: row.status,
    reason: row.reason,
    children: (row.children as CampaignLineChild[] | null) ?? [],
    bankAccount: worker?.bankAccount ?? null,
    batchId: row.batchId,
    failure: row.failure,
    paymentId: row.paymentId,
    paidOn: row.paidOn,
    objection: objectionView(row.objection),
  };
}

/** A line's objection as the API shows it: without who recorded it (that is in the audit trail). */
export function objectionView(stored: StoredObjection | null): CampaignLineObjection | null {
  return stored && { content: stored.content, receivedVia: stored.receivedVia, at: stored.at };
}
