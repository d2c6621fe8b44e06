import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Unit } from '@worker-aid/api/units';
import type { ResolvedReport } from '../disbursement-report.service';
import { reportCsv } from './report-csv';
import { reportTable } from './report-table';
import { reportXlsx } from './report-xlsx';

const HOSTILE = '=HYPERLINK("http://evil.example","click")';
const report: ResolvedReport = {
  // Only the code and the name of the unit reach the file.
  unit: { code: 'X', name: HOSTILE } as Unit,
  rows: [
    {
      unitId: 'u1',
      unitName: '+SUM(1,2)',
      fundId: 'f1',
      fundName: '@cmd',
      persons: 2,
      personTimes: 3,
      amount: 150_000,
    },
    {
      unitId: 'u2',
      unitName: '市总工会',
      fundId: 'f2',
      fundName: '-1+1',
      persons: 1,
      personTimes: 1,
      amount: -1_200,
    },
  ],
  totals: { persons: 3, personTimes: 4, amount: 148_800 },
};
const table = reportTable(report, { groupBy: ['unit', 'fund'] }, 'en', new Date('2025-06-30T02:05:00Z'));

/** Every cell of the first sheet: text, numbers, and whether any holds a formula. */
async function xlsxCells(content: Buffer): Promise<{ values: ExcelJS.CellValue[]; formulas: number }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(content).buffer); // exceljs types a Buffer as an ArrayBuffer
  const values: ExcelJS.CellValue[] = [];
  let formulas = 0;
  book.worksheets[0]?.eachRow((row) =>
    row.eachCell((cell) => {
      values.push(cell.value);
      if (cell.type === ExcelJS.ValueType.Formula) formulas += 1;
    }),
  );
  return { values, formulas };
}

describe('disbursement report files', () => {
  it('neutralise a unit or fund name that would run as a formula, in csv', () => {
    const records = parse(reportCsv(table).toString('utf8'), {
      bom: true,
      relax_column_count: true,
    }) as string[][];
    expect(records).toContainEqual(['Unit', `'${HOSTILE}`]);
    expect(records).toContainEqual(["'+SUM(1,2)", "'@cmd", '2', '3', '1,500.00']);
    // A negative amount is a figure we wrote, not text: it stays a number.
    expect(records).toContainEqual(['市总工会', "'-1+1", '1', '1', '-12.00']);
    expect(records.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual(['-12.00']);
  });

  it('neutralise them in xlsx too, with no formula cell and the figures as numbers', async () => {
    const { values, formulas } = await xlsxCells(await reportXlsx(table));
    expect(formulas).toBe(0);
    expect(values).toEqual(
      expect.arrayContaining([`'${HOSTILE}`, "'+SUM(1,2)", "'@cmd", "'-1+1", 1500, -12]),
    );
    expect(values.filter((value) => typeof value === 'string' && /^[=+\-@\t\r]/.test(value))).toEqual([]);
  });
});

describe('a report grouped by type and campaign', () => {
  const byCampaign: ResolvedReport = {
    unit: { code: 'C', name: '市总工会' } as Unit,
    rows: [
      { type: 'hardship', persons: 2, personTimes: 2, amount: 100_000 },
      {
        type: 'festival',
        campaignId: 'c1',
        campaignName: '2017年"两节"送温暖',
        persons: 3,
        personTimes: 3,
        amount: 450_000,
      },
    ],
    totals: { persons: 5, personTimes: 5, amount: 550_000 },
  };

  it.each([
    ['zh-CN', ['帮扶类型', '专项活动'], ['生活救助', '个案救助'], ['两节送温暖', '2017年"两节"送温暖']],
    ['en', ['Aid type', 'Campaign'], ['Hardship aid', 'Case aid'], ['Festival visits', '2017年"两节"送温暖']],
  ] as const)('names the aid types and campaigns in %s', (language, headers, cases, festival) => {
    const written = reportTable(byCampaign, { groupBy: ['type', 'campaign'] }, language);
    expect(written.headers.slice(0, 2)).toEqual(headers);
    expect(written.rows.map((row) => row.labels)).toEqual([cases, festival]);
  });

  it('has a name for every aid type in both languages', () => {
    const summer = reportTable(
      { ...byCampaign, rows: [{ type: 'summer', persons: 1, personTimes: 1, amount: 1 }] },
      { groupBy: ['type'] },
      'zh-CN',
    );
    expect(summer.rows[0].labels).toEqual(['夏送清凉']);
    const other = reportTable(
      { ...byCampaign, rows: [{ type: 'other_campaign', persons: 1, personTimes: 1, amount: 1 }] },
      { groupBy: ['type'] },
      'en',
    );
    expect(other.rows[0].labels).toEqual(['Other campaigns']);
  });
});
