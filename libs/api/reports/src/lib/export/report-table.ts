import { CENTER_TIME_ZONE, type DisbursementReportRow, type ReportGroup } from '@worker-aid/shared/domain';
import type { ResolvedReport } from '../disbursement-report.service';
import type { ReportLanguage } from '../reports.dto';
import { REPORT_LABELS } from './report-labels';

/** A report laid out for a file: a title, the filters it was made with, a table and its totals row. */
export interface ReportTable {
  title: string;
  /** Label and value pairs printed above the table. */
  filters: [string, string][];
  headers: string[];
  /** Text cells for the groups, then persons, person-times and the amount in fen. */
  rows: ReportTableRow[];
  totals: ReportTableRow;
  /** A file name without extension, ASCII only. */
  fileName: string;
}

export interface ReportTableRow {
  labels: string[];
  persons: number;
  personTimes: number;
  amount: number;
}

export function reportTable(
  report: ResolvedReport,
  query: { from?: string; to?: string; groupBy: readonly ReportGroup[] },
  language: ReportLanguage,
  now: Date = new Date(),
): ReportTable {
  const labels = REPORT_LABELS[language];
  const period =
    query.from || query.to ? `${query.from ?? '…'} ${labels.through} ${query.to ?? '…'}` : labels.allTime;
  const generated = new Intl.DateTimeFormat('sv-SE', {
    timeZone: CENTER_TIME_ZONE,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(now);
  const cell = (row: DisbursementReportRow, group: ReportGroup): string => {
    switch (group) {
      case 'type':
        return row.type ? labels.types[row.type] : '';
      case 'unit':
        return row.unitName ?? '';
      case 'month':
        return row.month ?? '';
      case 'fund':
        return row.fundName ?? '';
      case 'campaign':
        return row.campaignId ? (row.campaignName ?? '') : labels.noCampaign;
    }
  };
  const groups = query.groupBy;
  // Without groups the report is its totals alone: one row, labelled as the total.
  const labelHeaders = groups.length > 0 ? groups.map((group) => labels.groups[group]) : [''];
  return {
    title: labels.title,
    filters: [
      [labels.unit, report.unit.name],
      [labels.period, period],
      [labels.generatedAt, generated],
    ],
    headers: [...labelHeaders, labels.persons, labels.personTimes, labels.amount],
    rows: (groups.length > 0 ? report.rows : []).map((row) => ({
      labels: groups.map((group) => cell(row, group)),
      persons: row.persons,
      personTimes: row.personTimes,
      amount: row.amount,
    })),
    totals: {
      labels: [labels.total, ...labelHeaders.slice(1).map(() => '')],
      ...report.totals,
    },
    fileName: `disbursement-report-${report.unit.code}-${query.from ?? 'start'}-${query.to ?? 'now'}`,
  };
}
