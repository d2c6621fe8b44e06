import type { ResolvedFilesReport } from '../files-report.service';
import type { ReportLanguage } from '../reports.dto';
import { FILES_REPORT_LABELS } from './files-report-labels';
import { generatedAt } from '@worker-aid/api/core';
import type { ReportSheet } from './report-sheet';

/** The files report as a sheet: the headline figures, then the files by tier and by main cause. */
export function filesReportSheet(
  { unit, on, report }: ResolvedFilesReport,
  language: ReportLanguage,
  now: Date = new Date(),
): ReportSheet {
  const labels = FILES_REPORT_LABELS[language];
  return {
    title: labels.title,
    filters: [
      [labels.unit, unit.name],
      [labels.on, on],
      [labels.yearToDate, `${on.slice(0, 4)}-01-01 ${labels.through} ${on}`],
      [labels.generatedAt, generatedAt(now)],
    ],
    sections: [
      {
        headers: [labels.figure, labels.count],
        rows: [
          [labels.active, report.active],
          [labels.members, report.members],
          [labels.closedThisYear, report.closedThisYear],
          [labels.relapsedThisYear, report.relapsedThisYear],
        ],
      },
      {
        headers: [labels.tier, labels.files, labels.people],
        rows: report.byTier.map((row) => [labels.tiers[row.tier], row.files, row.members]),
      },
      {
        headers: [labels.cause, labels.files],
        rows: report.byCause.map((row) => [labels.causes[row.cause], row.files]),
      },
    ],
    fileName: `files-report-${unit.code}-${on}`,
  };
}
