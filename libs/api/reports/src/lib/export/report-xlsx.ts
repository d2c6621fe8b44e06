import ExcelJS from 'exceljs';
import { plainText } from '@worker-aid/api/core';
import type { ReportTable } from './report-table';

const YUAN = '#,##0.00';
const COUNT = '#,##0';

/**
 * An Excel workbook with one sheet: title, filters, a header row, the rows and a bold totals
 * row. Amounts are numbers of yuan (fen / 100, exact to the fen) formatted with two decimals,
 * so the sheet can be summed; set up to print landscape on A4, one page wide. Every text cell is
 * neutralised, so that a unit or fund named `=…` is not a formula.
 */
export async function reportXlsx(table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Worker Aid';
  const sheet = workbook.addWorksheet(table.title, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = table.headers.length;
  sheet.addRow([plainText(table.title)]).font = { bold: true, size: 16 };
  sheet.mergeCells(1, 1, 1, Math.max(width, 2));
  for (const filter of table.filters) sheet.addRow(filter.map(plainText));
  sheet.addRow([]);
  const header = sheet.addRow(table.headers.map(plainText));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const labelCount = table.headers.length - 3;
  const add = (row: ReportTable['rows'][number]) => {
    const added = sheet.addRow([
      ...row.labels.map(plainText),
      row.persons,
      row.personTimes,
      row.amount / 100,
    ]);
    added.getCell(labelCount + 1).numFmt = COUNT;
    added.getCell(labelCount + 2).numFmt = COUNT;
    added.getCell(labelCount + 3).numFmt = YUAN;
    return added;
  };
  table.rows.forEach(add);
  const totals = add(table.totals);
  totals.font = { bold: true };
  totals.eachCell((cell) => (cell.border = { top: { style: 'thin' } }));
  sheet.columns.forEach((column, index) => {
    column.width = index < labelCount ? 22 : 14;
  });
  sheet.getColumn(1).width = Math.max(sheet.getColumn(1).width ?? 14, 14);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
