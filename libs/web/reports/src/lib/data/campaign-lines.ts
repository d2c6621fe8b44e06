import type { AidType, DisbursementReport, ReportFigures } from '@worker-aid/shared/domain';

/** A line of the campaign table: a campaign, or a case type's aid (no campaign). */
export interface CampaignLine extends ReportFigures {
  type: AidType;
  /** Absent for the cases' aid. */
  campaignId?: string;
  campaignName?: string;
}

/**
 * The campaign table from `groupBy=type,campaign`: the campaigns first, in the report's order
 * (aid type, then year and name), then the cases' aid by case type.
 */
export function campaignLines(report: DisbursementReport): CampaignLine[] {
  const lines = report.rows.flatMap((row): CampaignLine[] =>
    row.type && row.personTimes !== 0
      ? [
          {
            type: row.type,
            ...(row.campaignId && { campaignId: row.campaignId, campaignName: row.campaignName ?? '' }),
            persons: row.persons,
            personTimes: row.personTimes,
            amount: row.amount,
          },
        ]
      : [],
  );
  return [...lines.filter((line) => line.campaignId), ...lines.filter((line) => !line.campaignId)];
}
