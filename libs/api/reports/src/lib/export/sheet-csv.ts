import { stringify } from 'csv-stringify/sync';
import { plainText } from '@worker-aid/api/core';
import type { ReportSheet } from './report-sheet';

/** CSV in UTF-8 with a byte-order mark (so Excel shows the Chinese); a blank line between tables. */
export function sheetCsv(sheet: ReportSheet): Buffer {
  const records = [
    [sheet.title],
    ...sheet.filters,
    ...sheet.sections.flatMap((section) => [[], section.headers, ...section.rows]),
  ].map((record) => record.map((cell) => String(plainText(cell))));
  return Buffer.from(`\uFEFF${stringify(records, { record_delimiter: 'windows' })}`, 'utf8');
}
