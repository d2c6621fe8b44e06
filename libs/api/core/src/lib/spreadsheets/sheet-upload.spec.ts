import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { inspectSheetUpload } from './sheet-upload';
import { expectApiError } from './testing/expect-api-error';
import { xlsxFixture } from './testing/xlsx-builder';
import { zipFixture } from './testing/zip-builder';
import { ZIP_LIMITS } from './zip-archive';

const MB = 1024 * 1024;

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Workers').addRows([
    ['name', 'idNumber'],
    ['张三', '110101199003077777'],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** An OLE compound file's header and a directory naming these streams (UTF-16LE, as Office writes them). */
function oleFile(...streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = streams.map((name) => {
    const entry = Buffer.alloc(128);
    Buffer.from(name, 'utf16le').copy(entry);
    return entry;
  });
  return Buffer.concat([header, Buffer.from('Root Entry', 'utf16le'), ...directory]);
}

const workbookPart = { name: 'xl/workbook.xml', data: '<workbook/>' };

// Some cases build and unpack archives of hundreds of megabytes: slow on a busy 2-core machine.
jest.setTimeout(30_000);
describe('inspectSheetUpload', () => {
  describe('xlsx', () => {
    it('knows a workbook by its content', async () => {
      expect(await inspectSheetUpload(await workbook())).toBe('xlsx');
      expect(await inspectSheetUpload(xlsxFixture({ sheets: [{ name: 'A', rows: '' }] }))).toBe('xlsx');
    });

    it('refuses a zip that is not a workbook: a docx, a plain zip, an empty zip', async () => {
      const docx = zipFixture([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'word/document.xml', data: '<w:document/>' },
      ]);
      await expectApiError(inspectSheetUpload(docx), 'import.file_type', 415);
      await expectApiError(
        inspectSheetUpload(zipFixture([{ name: 'a.txt', data: 'a' }])),
        'import.file_type',
        415,
      );
      await expectApiError(inspectSheetUpload(zipFixture([])), 'import.file_type', 415);
    });

    it('refuses a zip it cannot open', async () => {
      const full = await workbook();
      await expectApiError(inspectSheetUpload(full.subarray(0, full.length / 2)), 'import.corrupt', 400);
      await expectApiError(
        inspectSheetUpload(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)])),
        'import.corrupt',
        400,
      );
    });

    it('refuses an entry whose deflate stream is broken', async () => {
      const broken = zipFixture([
        workbookPart,
        { name: 'xl/worksheets/sheet1.xml', data: 'x'.repeat(5000), rawData: Buffer.alloc(64, 0xff) },
      ]);
      await expectApiError(inspectSheetUpload(broken), 'import.corrupt', 400);
    });

    it('refuses an entry that unpacks to less than it says', async () => {
      const short = zipFixture([workbookPart, { name: 'xl/styles.xml', data: 'abc', declaredSize: 3000 }]);
      await expectApiError(inspectSheetUpload(short), 'import.corrupt', 400);
    });

    it('refuses more than 2,000 entries before unpacking any', async () => {
      const many = zipFixture([
        workbookPart,
        ...Array.from({ length: ZIP_LIMITS.maxEntries }, (_, i) => ({ name: `xl/media/${i}.txt`, data: '' })),
      ]);
      await expectApiError(inspectSheetUpload(many), 'import.unpacked_too_large', 400);
      const enough = zipFixture([
        workbookPart,
        ...Array.from({ length: ZIP_LIMITS.maxEntries - 1 }, (_, i) => ({
          name: `xl/media/${i}.txt`,
          data: '',
        })),
      ]);
      expect(await inspectSheetUpload(enough)).toBe('xlsx');
    });

    it('refuses a declared unpacked total over 256 MB', async () => {
      const declared = zipFixture([
        workbookPart,
        ...[1, 2, 3].map((i) => ({
          name: `xl/media/${i}.bin`,
          data: 'a',
          declaredSize: 90 * MB,
          rawData: Buffer.alloc(1),
        })),
      ]);
      await expectApiError(inspectSheetUpload(declared), 'import.unpacked_too_large', 400);
    });

    it('refuses a zip bomb: an entry over 10 MB packed more than 200 times', async () => {
      const zeros = Buffer.alloc(11 * MB);
      expect(deflateRawSync(zeros).length * 200).toBeLessThan(zeros.length);
      const bomb = zipFixture([workbookPart, { name: 'xl/styles.xml', data: zeros }]);
      await expectApiError(inspectSheetUpload(bomb), 'import.unpacked_too_large', 400);
    });

    it('refuses an entry that unpacks to more than it says, without unpacking it all', async () => {
      const zeros = Buffer.alloc(64 * MB);
      const liar = zipFixture([
        workbookPart,
        {
          name: 'xl/worksheets/sheet1.xml',
          data: 'tiny',
          declaredSize: 1000,
          rawData: deflateRawSync(zeros),
        },
      ]);
      const before = process.memoryUsage().rss;
      await expectApiError(inspectSheetUpload(liar), 'import.unpacked_too_large', 400);
      expect(process.memoryUsage().rss - before).toBeLessThan(48 * MB);
    });

    it('unpacks up to the limit by streaming, holding none of it', async () => {
      // Entries of 9.9 MB are below the ratio check; 25 of them unpack to 247.5 MB.
      const zeros = Buffer.alloc(9.9 * MB);
      const packed = deflateRawSync(zeros);
      const entry = (i: number) => ({ name: `xl/media/${i}.bin`, data: zeros, rawData: packed });
      const large = zipFixture([workbookPart, ...Array.from({ length: 25 }, (_, i) => entry(i))]);
      expect(await inspectSheetUpload(large)).toBe('xlsx');
      const over = zipFixture([workbookPart, ...Array.from({ length: 26 }, (_, i) => entry(i))]);
      await expectApiError(inspectSheetUpload(over), 'import.unpacked_too_large', 400);
    });
  });

  describe('OLE compound files', () => {
    it('refuses a password-protected workbook as encrypted', async () => {
      await expectApiError(
        inspectSheetUpload(oleFile('EncryptionInfo', 'EncryptedPackage')),
        'import.encrypted',
        400,
      );
      await expectApiError(inspectSheetUpload(oleFile('EncryptedPackage')), 'import.encrypted', 400);
    });

    it('refuses an old .xls as the wrong type', async () => {
      await expectApiError(
        inspectSheetUpload(oleFile('Workbook', 'SummaryInformation')),
        'import.file_type',
        415,
      );
    });
  });

  describe('csv', () => {
    it('takes UTF-8 text, with or without a byte-order mark', async () => {
      expect(await inspectSheetUpload(Buffer.from('name,idNumber\n张三,1\n'))).toBe('csv');
      expect(await inspectSheetUpload(Buffer.from('\uFEFFname,idNumber\r\n张三,1\r\n'))).toBe('csv');
    });

    it('takes GB18030 text, as Chinese Excel saves csv', async () => {
      // 姓名,身份证号 / 张三,1 in GB18030
      const gb = Buffer.from('d0d5c3fb2cc9edb7ddd6a4bac50ad5c5c8fd2c310a', 'hex');
      expect(new TextDecoder('gb18030').decode(gb)).toBe('姓名,身份证号\n张三,1\n');
      expect(await inspectSheetUpload(gb)).toBe('csv');
    });

    it('refuses binary content', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      for (const content of [
        png,
        Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'),
        Buffer.from('name,id\n\0\0\0'),
        Buffer.from('GIF89a'),
        Buffer.from([0x1f, 0x8b, 0x08, 0x00]),
        Buffer.from('name\x01,id\n'),
        Buffer.from('ffd8ffe000104a464946', 'hex'),
        Buffer.from([0xff, 0xfe, 0x6e, 0x00, 0x61, 0x00]), // UTF-16LE
      ]) {
        await expectApiError(inspectSheetUpload(content), 'import.file_type', 415);
      }
    });

    it('refuses an empty file', async () => {
      await expectApiError(inspectSheetUpload(Buffer.alloc(0)), 'import.empty', 400);
      await expectApiError(inspectSheetUpload(Buffer.from('\uFEFF \r\n')), 'import.empty', 400);
    });

    it('does not trust a text that merely starts like a zip', async () => {
      await expectApiError(inspectSheetUpload(Buffer.from('PK\x03\x04 not really')), 'import.corrupt', 400);
      expect(await inspectSheetUpload(Buffer.from('PK,id\n1,2\n'))).toBe('csv');
    });
  });
});
