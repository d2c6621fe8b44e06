import ExcelJS from 'exceljs';
import { WORKER_IMPORT_COLUMNS } from '@worker-aid/shared/domain';
import { readSheetRows } from './sheet-rows';

const MB = 1024 * 1024;

/** A worker sheet of `rows` rows below its headings, as a union would fill the template. */
async function workerSheet(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Workers');
  sheet.addRow([...WORKER_IMPORT_COLUMNS]);
  for (let i = 0; i < rows; i++) {
    sheet.addRow([
      `职工${i}`,
      `1101011990${String(i).padStart(8, '0')}`,
      'CZ-01',
      i % 2 ? '男' : '女',
      `138${String(i).padStart(8, '0')}`,
      `常州市第${i % 97}机械厂`,
      `江苏省常州市天宁区红梅街道${i}号`,
      i % 3 ? '是' : '否',
      `6222${String(i).padStart(15, '0')}`,
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readSheetRows, measured', () => {
  // Prints time and memory for the caller to know; asserts only the count (timings vary by machine).
  it('reads 20,000 rows of 9 columns', async () => {
    const content = await workerSheet(20_000);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    let count = 0;
    const started = performance.now();
    for await (const row of readSheetRows(content, 'xlsx', { maxRows: 20_000 })) {
      count += row.cells.length > 0 ? 1 : 0;
      if (count % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    const elapsed = performance.now() - started;
    expect(count).toBe(20_001);
    console.log(
      `readSheetRows: 20,000 × 9 xlsx (${(content.length / MB).toFixed(2)} MB) in ${elapsed.toFixed(0)} ms; ` +
        `rss ${(before / MB).toFixed(0)} MB before, peak +${((peak - before) / MB).toFixed(1)} MB, ` +
        `after +${((process.memoryUsage().rss - before) / MB).toFixed(1)} MB`,
    );
  }, 60_000);
});
