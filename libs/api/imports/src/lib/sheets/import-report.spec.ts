import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { WORKER_IMPORT_COLUMNS, type ImportLanguage } from '@worker-aid/shared/domain';
import { importFieldCodeText, IMPORT_FIELD_CODE_TEXTS } from './import-report-labels';
import { writeImportReport, type ImportReportRow } from './import-report';

const META = { fileName: 'R&D 职工.xlsx', generatedAt: '2026-11-30 14:05' };

const ROWS: ImportReportRow[] = [
  {
    row: 2,
    cells: { name: '张三', idNumber: '11010519491231002X', unitCode: 'CZ-EDU', gender: '女' },
    result: 'example',
    problems: [],
  },
  {
    row: 3,
    cells: { name: '=SUM(A1)', idNumber: '110105194912310021', unitCode: 'NOPE', phone: null, employer: '' },
    result: 'invalid',
    problems: [
      { field: 'idNumber', code: 'id_number.check_character' },
      { field: 'unitCode', code: 'unit_code' },
    ],
  },
  { row: 4, cells: { name: '李四', idNumber: '11010519491231002X' }, result: 'duplicate', problems: [] },
  { row: 5, cells: { name: '王五', bankAccount: '6222020200112233445' }, result: 'valid', problems: [] },
  {
    row: 7,
    cells: { name: '赵六', migrantWorker: 'maybe' },
    result: 'imported',
    problems: [{ field: 'migrantWorker', code: 'no.such_code' }],
  },
];

async function* iterate<T>(items: Iterable<T>): AsyncIterable<T> {
  for (const item of items) yield item;
}

async function report(lang: ImportLanguage, rows = ROWS): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeImportReport(out, lang, iterate(rows), META);
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer` type, which Node's newer generic Buffer does not match.
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
  return workbook;
}

const valuesOf = (row: ExcelJS.Row, count: number) =>
  Array.from({ length: count }, (_, i) => row.getCell(i + 1).value);

describe('writeImportReport', () => {
  it('zh-CN: the headings, each row again with its number, result and problems', async () => {
    const workbook = await report('zh-CN');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['导入结果', '概要']);
    const sheet = workbook.worksheets[0];
    expect(valuesOf(sheet.getRow(1), 12)).toEqual([
      '原行号',
      '姓名',
      '身份证号',
      '单位代码',
      '性别',
      '手机号码',
      '工作单位',
      '家庭住址',
      '是否农民工',
      '银行账号',
      '结果',
      '问题',
    ]);
    expect(sheet.getRow(1).getCell(1).font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(1 + ROWS.length);

    expect(valuesOf(sheet.getRow(3), 12)).toEqual([
      3,
      "'=SUM(A1)",
      '110105194912310021',
      'NOPE',
      null,
      null,
      null,
      null,
      null,
      null,
      '无效',
      '身份证号：身份证号码校验位不正确；单位代码：您的权限范围内没有这个单位代码',
    ]);
    expect(sheet.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect([2, 3, 4, 5, 6].map((row) => sheet.getRow(row).getCell(11).value)).toEqual([
      '示例行（未导入）',
      '无效',
      '重复',
      '有效',
      '已导入',
    ]);
    expect(sheet.getRow(6).getCell(12).value).toBe('是否农民工：no.such_code');
    expect(sheet.getCell('C2').value).toBe('11010519491231002X');
    expect(sheet.getCell('C2').numFmt).toBe('@');
    expect(sheet.getCell('J5').value).toBe('6222020200112233445');
  });

  it('colours the result: green valid and imported, red invalid, amber duplicate', async () => {
    const sheet = (await report('zh-CN')).worksheets[0];
    const colour = (row: number) => {
      const fill = sheet.getRow(row).getCell(11).fill;
      return fill.type === 'pattern' ? fill.fgColor?.argb : undefined;
    };
    expect({ invalid: colour(3), duplicate: colour(4), valid: colour(5), imported: colour(6) }).toEqual({
      invalid: 'FFF8CBAD',
      duplicate: 'FFFFE699',
      valid: 'FFE2F0D9',
      imported: 'FFC6E0B4',
    });
  });

  it('en: the keys as headings, English results and problems', async () => {
    const workbook = await report('en');
    const sheet = workbook.worksheets[0];
    expect(valuesOf(sheet.getRow(1), 12)).toEqual(['row', ...WORKER_IMPORT_COLUMNS, 'result', 'problems']);
    expect(sheet.getRow(3).getCell(12).value).toBe(
      'idNumber: The check character of the identity number does not match; unitCode: No unit with this code in your scope',
    );
    expect([2, 3, 4, 5, 6].map((row) => sheet.getRow(row).getCell(11).value)).toEqual([
      'example (not imported)',
      'invalid',
      'duplicate',
      'valid',
      'imported',
    ]);
  });

  it('puts the file, the time and the counts on a summary sheet and in the page header', async () => {
    const workbook = await report('en');
    const summary = workbook.worksheets[1];
    expect(
      summary
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1)),
    ).toEqual([
      ['file', 'R&D 职工.xlsx'],
      ['generated', '2026-11-30 14:05'],
      ['rows', 5],
      ['valid', 1],
      ['invalid', 1],
      ['duplicate', 1],
      ['imported', 1],
      ['example (not imported)', 1],
    ]);
    expect(workbook.worksheets[0].headerFooter.oddHeader).toBe('&LR&&D 职工.xlsx&R2026-11-30 14:05');
  });

  it('writes a sheet with only the headings when there are no rows', async () => {
    const sheet = (await report('zh-CN', [])).worksheets[0];
    expect(sheet.rowCount).toBe(1);
  });
});

describe('importFieldCodeText', () => {
  it('has a text for every code an import produces, in both languages, and falls back to the code', () => {
    expect(Object.keys(IMPORT_FIELD_CODE_TEXTS.en).sort()).toEqual(
      Object.keys(IMPORT_FIELD_CODE_TEXTS['zh-CN']).sort(),
    );
    expect(importFieldCodeText('zh-CN', 'duplicate_in_sheet')).toBe('身份证号与表中前面的行重复');
    expect(importFieldCodeText('en', 'id_number.birth_date')).toBe(
      'The birth date in the identity number is not valid',
    );
    expect(importFieldCodeText('en', 'toString')).toBe('toString');
    expect(importFieldCodeText('en', 'whatever')).toBe('whatever');
  });
});

describe('writeImportReport with 20,000 rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function* manyRows(count: number): AsyncIterable<ImportReportRow> {
    for (let i = 0; i < count; i++) {
      yield {
        row: i + 2,
        cells: {
          name: `职工${i}`,
          idNumber: `110105${19_490_000 + i}`.padEnd(18, '0'),
          unitCode: 'CZ-EDU',
          gender: '男',
          phone: '13800138000',
          employer: '郴州市某某建筑有限公司',
          address: `郴州市北湖区人民路 ${i} 号`,
          migrantWorker: '是',
          bankAccount: '6222020200112233445',
        },
        result: i % 10 === 0 ? 'invalid' : 'valid',
        problems: i % 10 === 0 ? [{ field: 'idNumber', code: 'id_number.check_character' }] : [],
      };
    }
  }

  it('streams 20,000 rows to a file', async () => {
    const file = join(dir, 'report.xlsx');
    await writeImportReport(createWriteStream(file), 'zh-CN', manyRows(20_000), META);

    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {});
    let rows = 0;
    let last: ExcelJS.Row | undefined;
    for await (const sheet of reader) {
      for await (const row of sheet) {
        rows += 1;
        last = row;
      }
      break;
    }
    expect(rows).toBe(20_001);
    expect(last?.getCell(1).value).toBe(20_001);
    expect(last?.getCell(11).value).toBe('有效');
  }, 120_000);
});
