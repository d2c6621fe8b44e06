import ExcelJS from 'exceljs';
import { DEFAULT_BANK_LAYOUT } from '@worker-aid/shared/domain';
import { fenOf, readResultFile } from './result-file';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('回盘');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a bank’s result file', () => {
  it('reads the line number, paid or failed with the reason, and the amount in fen', async () => {
    const file = await xlsx([
      ['序号', '户名', '金额', '状态', '失败原因'],
      [1, '张三', '800.00', '成功', null],
      ['2', '李四', 800, '失败', '账户已销户'],
      ['第三', '王五', '8oo', '失败', null],
    ]);
    expect(await readResultFile(file, DEFAULT_BANK_LAYOUT)).toEqual([
      { row: 2, lineNo: 1, paid: true, failure: null, amount: 80_000 },
      { row: 3, lineNo: 2, paid: false, failure: '账户已销户', amount: 80_000 },
      { row: 4, lineNo: null, paid: false, failure: '失败', amount: Number.NaN },
    ]);
  });

  it('refuses a file without the line number or status heading, naming them', async () => {
    await expect(readResultFile(await xlsx([['序号', '结果']]), DEFAULT_BANK_LAYOUT)).rejects.toMatchObject({
      code: 'batch.result_file',
    });
  });

  it('reads yuan as fen without floating-point surprises', () => {
    expect([
      fenOf('800.00'),
      fenOf(800),
      fenOf('1,234.5'),
      fenOf(0.1 + 0.2),
      fenOf('abc'),
      fenOf('-1'),
    ]).toEqual([80_000, 80_000, 123_450, 30, Number.NaN, Number.NaN]);
  });
});
