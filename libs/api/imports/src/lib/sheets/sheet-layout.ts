import type { Fill, Font, PageSetup, WorksheetView } from 'exceljs';
import type { WorkerImportColumn } from '@worker-aid/shared/domain';

/** Column widths (in characters) of a worker sheet, shared by the template and the report. */
export const WORKER_COLUMN_WIDTHS: Readonly<Record<WorkerImportColumn, number>> = {
  name: 12,
  idNumber: 22,
  unitCode: 14,
  gender: 8,
  phone: 15,
  employer: 28,
  address: 36,
  migrantWorker: 14,
  bankAccount: 24,
};

/**
 * Long digit strings: formatted as text so that Excel keeps an 18-digit identity number whole
 * instead of rounding it to 15 significant digits.
 */
export const TEXT_COLUMNS: readonly WorkerImportColumn[] = ['idNumber', 'phone', 'bankAccount', 'unitCode'];
export const TEXT_FORMAT = '@';

export const HEADING_FONT: Partial<Font> = { bold: true };
/** Required headings are red; their text stays the bare word so that a re-upload matches it. */
export const REQUIRED_HEADING_FONT: Partial<Font> = { bold: true, color: { argb: 'FFC00000' } };
export const HEADING_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };

/** Row 1 stays in view while scrolling. */
export const FROZEN_HEADINGS: Partial<WorksheetView>[] = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];

export const A4_LANDSCAPE: Partial<PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};
