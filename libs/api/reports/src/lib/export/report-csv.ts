import { stringify } from 'csv-stringify/sync';
import { plainText } from '@worker-aid/api/core';
import { formatYuan } from '@worker-aid/shared/domain';
import type { ReportTable } from './report-table';

/**
 * CSV in UTF-8 with a byte-order mark, so that Excel shows the Chinese headings. Every text cell
 * is neutralised (a unit or fund named `=…` is not a formula); the figures, written by us from
 * numbers, stay figures (a negative amount is `-12.00`, not text).
 */
export function reportCsv(table: ReportTable): Buffer {
  const text = (cells: readonly string[]) => cells.map(plainText);
  const line = (row: ReportTable['rows'][number]) => [
    ...text(row.labels),
    String(row.persons),
    String(row.personTimes),
    formatYuan(row.amount),
  ];
  const records = [
    text([table.title]),
    ...table.filters.map(text),
    [],
    text(table.headers),
    ...table.rows.map(line),
    line(table.totals),
  ];
  return Buffer.from(`\uFEFF${stringify(records, { record_delimiter: 'windows' })}`, 'utf8');
}
