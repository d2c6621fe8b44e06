import ExcelJS from 'exceljs';
import { plainText } from '@worker-aid/api/core';
import type { FilesReport } from '@worker-aid/shared/domain';
import { filesReportSheet } from './files-report-sheet';
import { sheetCsv } from './sheet-csv';
import { sheetXlsx } from './sheet-xlsx';

const report: FilesReport = {
  active: 3,
  members: 7,
  byTier: [
    { tier: 'deep', files: 2, members: 6 },
    { tier: 'relative', files: 1, members: 1 },
    { tier: 'sudden', files: 0, members: 0 },
  ],
  byCause: [
    { cause: 'illness', files: 2 },
    { cause: 'single_parent', files: 1 },
  ],
  closedThisYear: 4,
  relapsedThisYear: 1,
};
const resolved = { unit: { code: 'CZ', name: '市困难职工帮扶中心' }, on: '2025-06-30', report };
const now = new Date('2025-06-30T02:05:00Z');

describe('files report sheet', () => {
  it('lays out the figures, the tiers and the causes under the unit, the day and the year so far', () => {
    const sheet = filesReportSheet(resolved, 'zh-CN', now);
    expect(sheet.title).toBe('困难职工档案统计表');
    expect(sheet.filters).toEqual([
      ['统计单位', '市困难职工帮扶中心'],
      ['统计日期', '2025-06-30'],
      ['本年累计期间', '2025-01-01 至 2025-06-30'],
      ['生成时间', '2025-06-30 10:05'],
    ]);
    expect(sheet.sections.map((section) => section.rows)).toEqual([
      [
        ['在档户数', 3],
        ['覆盖家庭人口', 7],
        ['本年退出档案(户)', 4],
        ['本年回访返困(户)', 1],
      ],
      [
        ['深度困难', 2, 6],
        ['相对困难', 1, 1],
        ['意外致困', 0, 0],
      ],
      [
        ['因病', 2],
        ['单亲', 1],
      ],
    ]);
    expect(sheet.fileName).toBe('files-report-CZ-2025-06-30');
  });

  it('speaks English when asked', () => {
    const sheet = filesReportSheet(resolved, 'en', now);
    expect(sheet.sections.map((section) => section.headers)).toEqual([
      ['Figure', 'Count'],
      ['Tier', 'Files', 'People'],
      ['Main cause of hardship', 'Files'],
    ]);
  });

  it('never writes text a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+86', '-5', '@SUM(A1)', '\tx', '市总工会', 12].map(plainText)).toEqual([
      "'=1+1",
      "'+86",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      '市总工会',
      12,
    ]);
    const csv = sheetCsv(
      filesReportSheet({ ...resolved, unit: { code: 'X', name: '=HYPERLINK("x")' } }, 'en', now),
    );
    expect(csv.toString('utf8')).toContain(`Unit,"'=HYPERLINK(""x"")"`);
  });

  it('neutralises a unit named like a formula in xlsx, where no cell is a formula', async () => {
    const content = await sheetXlsx(
      filesReportSheet({ ...resolved, unit: { code: 'X', name: '=HYPERLINK("x")' } }, 'en', now),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(content).buffer); // exceljs types a Buffer as an ArrayBuffer
    const cells: ExcelJS.Cell[] = [];
    book.worksheets[0]?.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
    expect(cells.map((cell) => cell.value)).toContain(`'=HYPERLINK("x")`);
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([]);
  });
});
