import type { FileHardshipCause, FilesReport, FileTier } from '@worker-aid/shared/domain';

/** A row of the files section's tables, with its bar as a share (0–1) of the largest row. */
export interface FilesLine<K extends string> {
  key: K;
  files: number;
  members?: number;
  bar: number;
}

function withBars<K extends string>(rows: Omit<FilesLine<K>, 'bar'>[]): FilesLine<K>[] {
  const max = Math.max(0, ...rows.map((row) => row.files));
  return rows.map((row) => ({ ...row, bar: max > 0 ? row.files / max : 0 }));
}

/** The tiers as the API lists them (every tier, zeros included), with bars. */
export function tierLines(report: FilesReport): FilesLine<FileTier>[] {
  return withBars(report.byTier.map((row) => ({ key: row.tier, files: row.files, members: row.members })));
}

/** The main causes as the API lists them (the standard list's order, zeros included), with bars. */
export function causeLines(report: FilesReport): FilesLine<FileHardshipCause>[] {
  return withBars(report.byCause.map((row) => ({ key: row.cause, files: row.files })));
}

/** The first day of the report day's year: where "this year" starts counting. */
export function yearStart(on: string): string {
  return `${on.slice(0, 4)}-01-01`;
}
