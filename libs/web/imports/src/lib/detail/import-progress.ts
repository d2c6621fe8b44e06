import { formatNumber } from '@angular/common';
import { isImportBusy, type ImportSummary } from '@worker-aid/shared/domain';

/** Counts as both languages write them: 20,000. */
export const count = (value: number): string => formatNumber(value, 'en', '1.0-0');

/** What the progress bar of a busy import shows. */
export interface ImportProgress {
  /** Indeterminate while nothing can be counted yet (queued, or no rows known). */
  mode: 'determinate' | 'indeterminate';
  /** Percent, 0–100. */
  value: number;
  /** The line under the bar, and its values. */
  key: string;
  params: Record<string, string>;
}

/**
 * How far a busy import is: the rows checked of all rows while validating, the workers
 * registered of the valid rows while importing; null once nothing works on it.
 */
export function importProgress(summary: ImportSummary): ImportProgress | null {
  if (!isImportBusy(summary.status)) return null;
  const { status, processed, total, valid } = summary;
  if (status === 'queued') {
    return { mode: 'indeterminate', value: 0, key: 'imports.detail.progress.queued', params: {} };
  }
  const of = status === 'importing' ? valid : total;
  return {
    mode: of > 0 ? 'determinate' : 'indeterminate',
    value: of > 0 ? Math.min(100, Math.round((100 * processed) / of)) : 0,
    key: `imports.detail.progress.${status}`,
    params: { processed: count(processed), of: count(of) },
  };
}
