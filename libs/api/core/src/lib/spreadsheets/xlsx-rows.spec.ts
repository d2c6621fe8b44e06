import { constants, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { readSheetRows } from './sheet-rows';
import { collect, expectApiError } from './testing/expect-api-error';
import { worksheetXml, xlsxFixture } from './testing/xlsx-builder';

const rowsOf = (content: Buffer, maxRows = 20_000) => collect(readSheetRows(content, 'xlsx', { maxRows }));

async function written(fill: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Workers'), book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** `<row>`s of inline-string cells. */
function inlineRows(rows: Record<number, string[]>): string {
  return Object.entries(rows)
    .map(
      ([row, cells]) =>
        `<row r="${row}">` +
        cells
          .map(
            (text, i) =>
              `<c r="${String.fromCharCode(65 + i)}${row}" t="inlineStr"><is><t>${text}</t></is></c>`,
          )
          .join('') +
        '</row>',
    )
    .join('');
}

// Some cases build and unpack archives of hundreds of megabytes: slow on a busy 2-core machine.
jest.setTimeout(30_000);
describe('readSheetRows (xlsx)', () => {
  it('reads characters whose bytes straddle two chunks of a part', async () => {
    const names = Array.from({ length: 6000 }, (_, i) => `崩溃测试职工${i}`);
    const content = await written((sheet) => names.forEach((name) => sheet.addRow([name])));
    const rows = await rowsOf(content);
    expect(rows.map((row) => row.cells[0])).toEqual(names);
  });

  it('reads each kind of cell as data', async () => {
    const content = await written((sheet) => {
      sheet.addRow([
        'name',
        'idNumber',
        'n',
        'flag',
        'day',
        'formula',
        'text formula',
        'error',
        'rich',
        'link',
      ]);
      sheet.addRow([
        '  张三  ',
        '110101199003077777',
        42.5,
        true,
        new Date(Date.UTC(2024, 0, 31)),
        { formula: '1+2', result: 3 },
        { formula: 'HYPERLINK("http://evil","click")', result: 'click' },
        { error: '#N/A' },
        { richText: [{ text: ' Li ' }, { text: 'Si', font: { bold: true } }] },
        { text: 'our site', hyperlink: 'http://example.cn' },
      ]);
    });
    expect(await rowsOf(content)).toEqual([
      {
        row: 1,
        cells: ['name', 'idNumber', 'n', 'flag', 'day', 'formula', 'text formula', 'error', 'rich', 'link'],
      },
      {
        row: 2,
        cells: [
          '张三',
          '110101199003077777',
          42.5,
          true,
          '2024-01-31',
          '=1+2',
          '=HYPERLINK("http://evil","click")',
          '#N/A',
          'Li Si',
          'our site',
        ],
      },
    ]);
  });

  it('keeps text that looks like a formula as text, and a long number as the number it became', async () => {
    const content = await written((sheet) => {
      sheet.addRow(['=1+2', '+86', Number('110101199003077777')]);
    });
    expect(await rowsOf(content)).toEqual([{ row: 1, cells: ['=1+2', '+86', Number('110101199003077777')] }]);
  });

  it('keeps the sheet’s row numbers, skips empty rows and drops empty cells at the end', async () => {
    const content = await written((sheet) => {
      sheet.getCell('A1').value = 'name';
      sheet.getCell('C2').value = 'x';
      sheet.getCell('A3').value = '   ';
      sheet.getRow(4).height = 30; // an empty row element
      sheet.getCell('B5').value = 'y';
      sheet.getCell('D5').value = null;
    });
    expect(await rowsOf(content)).toEqual([
      { row: 1, cells: ['name'] },
      { row: 2, cells: [null, null, 'x'] },
      { row: 5, cells: [null, 'y'] },
    ]);
  });

  it('reads the shared strings wherever they are in the archive', async () => {
    const content = xlsxFixture({
      sheets: [
        {
          name: 'A',
          rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>9</v></c></row>',
        },
      ],
      sharedStrings: ['<t> 姓名 </t>', '<r><t>身份</t></r><r><rPr><b/></rPr><t>证号</t></r>'],
    });
    expect(await rowsOf(content)).toEqual([{ row: 1, cells: ['姓名', '身份证号'] }]);
  });

  it('reads the first tab that is not hidden, whatever its part is called', async () => {
    const two = (first: { state?: 'hidden' }) =>
      xlsxFixture({
        sheets: [
          { name: 'Lists', rows: inlineRows({ 1: ['lists'] }), ...first },
          { name: 'Workers', rows: inlineRows({ 1: ['workers'] }) },
        ],
      });
    expect(await rowsOf(two({}))).toEqual([{ row: 1, cells: ['lists'] }]);
    expect(await rowsOf(two({ state: 'hidden' }))).toEqual([{ row: 1, cells: ['workers'] }]);
    const swapped = xlsxFixture({
      sheets: [
        { name: 'One', rows: inlineRows({ 1: ['part one'] }) },
        { name: 'Two', rows: inlineRows({ 1: ['part two'] }) },
      ],
      parts: [
        {
          name: 'xl/_rels/workbook.xml.rels',
          data:
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            '<Relationship Id="rId1" Type="x" Target="/xl/worksheets/sheet2.xml"/>' +
            '<Relationship Id="rId2" Type="x" Target="worksheets/sheet1.xml"/></Relationships>',
        },
      ],
    });
    expect(await rowsOf(swapped)).toEqual([{ row: 1, cells: ['part two'] }]);
  });

  it('yields a shared formula’s cells as formulas, never their results', async () => {
    const content = xlsxFixture({
      sheets: [
        {
          name: 'A',
          rows:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>' +
            '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">B2*2</f><v>4</v></c></row>' +
            '<row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c><c r="B3" t="e"><v>#DIV/0!</v></c>' +
            '<c r="C3" t="b"><v>0</v></c><c r="D3" t="str"><v> s </v></c></row>',
        },
      ],
    });
    expect(await rowsOf(content)).toEqual([
      { row: 1, cells: ['a'] },
      { row: 2, cells: ['=B2*2'] },
      { row: 3, cells: ['=', '#DIV/0!', false, 's'] },
    ]);
  });

  describe('too many rows', () => {
    const sheet = (rows: number) =>
      written((worksheet) => {
        worksheet.addRow(['name']);
        for (let i = 0; i < rows; i++) worksheet.addRow([`w${i}`]);
      });

    it('takes as many rows as allowed below the headings', async () => {
      expect(await rowsOf(await sheet(5), 5)).toHaveLength(6);
    });

    it('refuses one more', async () => {
      await expectApiError(rowsOf(await sheet(6), 5), 'import.too_many_rows', 400);
    });

    it('counts empty rows, and a far-off row', async () => {
      const far = xlsxFixture({
        sheets: [{ name: 'A', rows: inlineRows({ 1: ['name'] }) + '<row r="1048576"/>' }],
      });
      await expectApiError(rowsOf(far, 5), 'import.too_many_rows', 400);
    });

    it('refuses a million empty rows quickly, without reading them all', async () => {
      let rows = inlineRows({ 1: ['name'] });
      for (let r = 2; r <= 1_000_000; r++) rows += `<row r="${r}" spans="1:9"/>`;
      const content = xlsxFixture({ sheets: [{ name: 'A', rows }] });
      await expectApiError(rowsOf(content), 'import.too_many_rows', 400);
    });

    it('stops reading at once: damage further on is never reached', async () => {
      let rows = inlineRows({ 1: ['name'] });
      for (let r = 2; r <= 40_000; r++) rows += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
      const good = deflateRawSync(Buffer.from(worksheetXml(rows).replace('</sheetData></worksheet>', '')), {
        finishFlush: constants.Z_SYNC_FLUSH,
      });
      const sheetPart = {
        name: 'xl/worksheets/sheet1.xml',
        data: '',
        declaredSize: 5 * 1024 * 1024,
        rawData: Buffer.concat([good, Buffer.alloc(256, 0xff)]),
      };
      const content = xlsxFixture({ sheets: [{ name: 'A', rows: '' }], parts: [sheetPart] });
      await expectApiError(rowsOf(content, 100), 'import.too_many_rows', 400);
      // Read to the end, the same sheet is damaged.
      await expectApiError(rowsOf(content, 100_000), 'import.corrupt', 400);
    });

    it('stops reading when the caller stops', async () => {
      const rows = readSheetRows(await sheet(1000), 'xlsx', { maxRows: 20_000 });
      for await (const row of rows) if (row.row === 3) break;
      expect(await rows.next()).toEqual({ done: true, value: undefined });
    });
  });

  describe('damaged workbooks', () => {
    it('refuses a sheet whose XML breaks off mid-way', async () => {
      const content = xlsxFixture({
        sheets: [
          { name: 'A', rows: inlineRows({ 1: ['a'], 2: ['b'] }) + '<row r="3"><c r="A3"><v>1</v></row></c>' },
        ],
      });
      await expectApiError(rowsOf(content), 'import.corrupt', 400);
    });

    it('refuses a row without its number (which Excel, WPS and LibreOffice always write)', async () => {
      const content = xlsxFixture({ sheets: [{ name: 'A', rows: '<row><c r="A1"><v>1</v></c></row>' }] });
      await expectApiError(rowsOf(content), 'import.corrupt', 400);
    });

    it('refuses cells past column XFD', async () => {
      const content = xlsxFixture({
        sheets: [{ name: 'A', rows: '<row r="1"><c r="ZZZZ1"><v>1</v></c></row>' }],
      });
      await expectApiError(rowsOf(content), 'import.corrupt', 400);
    });

    it('refuses a workbook without its workbook part or sheets', async () => {
      const noSheet = xlsxFixture({ sheets: [] });
      await expectApiError(rowsOf(noSheet), 'import.corrupt', 400);
      const written = await (async () => {
        const book = new ExcelJS.Workbook();
        book.addWorksheet('A').addRow(['a']);
        return Buffer.from(await book.xlsx.writeBuffer());
      })();
      await expectApiError(rowsOf(written.subarray(0, written.length - 30)), 'import.corrupt', 400);
      await expectApiError(rowsOf(Buffer.from('name,id\n1,2\n')), 'import.corrupt', 400);
    });

    it('refuses a zip bomb here too, without an inspection first', async () => {
      const content = xlsxFixture({
        sheets: [{ name: 'A', rows: '' }],
        parts: [{ name: 'xl/styles.xml', data: Buffer.alloc(11 * 1024 * 1024) }],
      });
      await expectApiError(rowsOf(content), 'import.unpacked_too_large', 400);
    });

    it('refuses a sheet that unpacks to more than it says', async () => {
      const sheetPart = {
        name: 'xl/worksheets/sheet1.xml',
        data: '',
        declaredSize: 100,
        rawData: deflateRawSync(Buffer.from(worksheetXml(inlineRows({ 1: ['a'.repeat(1000)] })))),
      };
      const content = xlsxFixture({ sheets: [{ name: 'A', rows: '' }], parts: [sheetPart] });
      await expectApiError(rowsOf(content), 'import.unpacked_too_large', 400);
    });
  });
});
