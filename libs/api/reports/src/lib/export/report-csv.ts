import { stringify } from 'csv-stringify/sync';
import { formatYuan } from '@worker-aid/shared/domain';
import type { ReportTable } from './report-table';

/** CSV in UTF-8 with a byte-order mark, so that Excel shows the Chinese headings. */
export function reportCsv(table: ReportTable): Buffer {
  const line = (row: ReportTable['rows'][number]) => [
    ...row.labels,
    String(row.persons),
    String(row.personTimes),
    formatYuan(row.amount),
  ];
  const records = [
    [table.title],
    ...table.filters,
    [],
    table.headers,
    ...table.rows.map(line),
    line(table.totals),
  ];
  return Buffer.from(`\uFEFF${stringify(records, { record_delimiter: 'windows' })}`, 'utf8');
}
