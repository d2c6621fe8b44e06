import { readSheetRows } from './sheet-rows';
import { collect, expectApiError } from './testing/expect-api-error';

const rowsOf = (content: Buffer | string, maxRows = 20_000) =>
  collect(readSheetRows(Buffer.isBuffer(content) ? content : Buffer.from(content), 'csv', { maxRows }));

// Some cases build and unpack archives of hundreds of megabytes: slow on a busy 2-core machine.
jest.setTimeout(30_000);
describe('readSheetRows (csv)', () => {
  it('reads records as trimmed text, numbered from 1, never interpreted', async () => {
    const csv =
      '\uFEFFname,idNumber,unitCode\r\n 张三 ,110101199003077777,=1+2\r\n李四,"@SUM(A1)","a,""b"""\r\n';
    expect(await rowsOf(csv)).toEqual([
      { row: 1, cells: ['name', 'idNumber', 'unitCode'] },
      { row: 2, cells: ['张三', '110101199003077777', '=1+2'] },
      { row: 3, cells: ['李四', '@SUM(A1)', 'a,"b"'] },
    ]);
  });

  it('skips empty records but counts them, and takes ragged rows and stray quotes', async () => {
    const csv = 'name,id\n\n,\n王"五",1,extra\n"多\n行",\n赵六\n';
    expect(await rowsOf(csv)).toEqual([
      { row: 1, cells: ['name', 'id'] },
      { row: 4, cells: ['王"五"', '1', 'extra'] },
      { row: 5, cells: ['多\n行'] },
      { row: 6, cells: ['赵六'] },
    ]);
  });

  it('reads GB18030, as Chinese Excel saves csv', async () => {
    // 姓名,身份证号 / 张三,1 in GB18030
    const gb = Buffer.from('d0d5c3fb2cc9edb7ddd6a4bac50ad5c5c8fd2c310a', 'hex');
    expect(await rowsOf(gb)).toEqual([
      { row: 1, cells: ['姓名', '身份证号'] },
      { row: 2, cells: ['张三', '1'] },
    ]);
  });

  it('reads characters split across the parser’s slices', async () => {
    const name = '张'.repeat(40_000); // 120,000 bytes: beyond one 16 KiB slice, several times
    expect(await rowsOf(`name\n${name}\n`)).toEqual([
      { row: 1, cells: ['name'] },
      { row: 2, cells: [name] },
    ]);
  });

  it('takes as many rows as allowed and refuses one more, empty or not', async () => {
    expect(await rowsOf('name\na\nb\n', 2)).toHaveLength(3);
    await expectApiError(rowsOf('name\na\nb\nc\n', 2), 'import.too_many_rows', 400);
    await expectApiError(rowsOf('name\na\n\n\n', 2), 'import.too_many_rows', 400);
  });

  it('refuses millions of empty lines quickly', async () => {
    const csv = Buffer.concat([Buffer.from('name\n'), Buffer.alloc(10 * 1024 * 1024 - 5, '\n')]);
    await expectApiError(rowsOf(csv), 'import.too_many_rows', 400);
  });

  it('refuses a damaged csv as corrupt, and binary as the wrong type', async () => {
    await expectApiError(rowsOf('name,id\n"unclosed,1\n'), 'import.corrupt', 400);
    await expectApiError(rowsOf(Buffer.from([0x6e, 0, 0, 0x0a])), 'import.file_type', 415);
  });
});
