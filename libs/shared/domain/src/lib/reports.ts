import type { DisputeKind } from './cases';
import type { AidType } from './campaigns';

/**
 * The dimensions a disbursement report can be grouped by (`groupBy=type,unit,month,fund,campaign`).
 * Grouped by campaign, the payments of cases form one row without a campaign.
 */
export const REPORT_GROUPS = ['type', 'unit', 'month', 'fund', 'campaign'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

/** File formats a report can be downloaded as. */
export const REPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A month key in reports: `YYYY-MM`. */
export const REPORT_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface ReportFigures {
  /** 人数: distinct workers with at least one payment that was not reversed. */
  persons: number;
  /** 人次: payments less reversals. */
  personTimes: number;
  /** Fen: payments less reversals. */
  amount: number;
}

/**
 * One row of a disbursement report; only the grouped dimensions are present. Grouped by unit,
 * a row stands for one unit directly below the report's unit together with its whole subtree
 * (the report's own unit has a row for the cases it holds itself), so a chart can drill down.
 */
export interface DisbursementReportRow extends ReportFigures {
  /** A case type, or the aid type a campaign's payments count as. */
  type?: AidType;
  unitId?: string;
  unitName?: string;
  month?: string;
  fundId?: string;
  fundName?: string;
  /** Grouped by campaign: absent on the row of the cases' payments. */
  campaignId?: string;
  campaignName?: string;
}

export interface DisbursementReport {
  rows: DisbursementReportRow[];
  totals: ReportFigures;
}

export interface DisbursementReportQuery {
  from?: string;
  to?: string;
  unitId?: string;
  groupBy?: readonly ReportGroup[];
}

export interface LegalReportByKind {
  disputeKind: DisputeKind;
  cases: number;
  /** Fen. */
  recoveredAmount: number;
}

/** Legal aid opened in the period: how many, how many closed, and what was recovered for workers. */
export interface LegalReport {
  cases: number;
  closed: number;
  /** Fen: 挽回经济损失, summed over the closed cases. */
  recoveredAmount: number;
  byDisputeKind: LegalReportByKind[];
}
