import ExcelJS from 'exceljs';
import { plainText } from '@worker-aid/api/core';
import type { ReportSheet } from './report-sheet';

const COUNT = '#,##0';

/**
 * An Excel workbook with one sheet: the title, the filters, then each table with a shaded
 * heading row; counts are numbers (so the sheet can be summed). Prints on A4, one page wide.
 */
export async function sheetXlsx(sheet: ReportSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Worker Aid';
  const worksheet = workbook.addWorksheet(sheet.title, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = Math.max(2, ...sheet.sections.map((section) => section.headers.length));
  worksheet.addRow([plainText(sheet.title)]).font = { bold: true, size: 16 };
  worksheet.mergeCells(1, 1, 1, width);
  for (const filter of sheet.filters) worksheet.addRow(filter.map(plainText));
  for (const section of sheet.sections) {
    worksheet.addRow([]);
    const header = worksheet.addRow(section.headers.map(plainText));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const row of section.rows) {
      const added = worksheet.addRow(row.map(plainText));
      added.eachCell((cell) => {
        if (typeof cell.value === 'number') cell.numFmt = COUNT;
      });
    }
  }
  worksheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 24 : 14;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
