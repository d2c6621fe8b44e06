import ExcelJS, { type DataValidation, type Worksheet } from 'exceljs';
import {
  checkIdentityNumber,
  IMPORT_GENDERS,
  IMPORT_LANGUAGES,
  normalizeBankAccount,
  PHONE_PATTERN,
  WORKER_IMPORT_COLUMNS,
  WORKER_IMPORT_HEADINGS,
  WORKER_IMPORT_REQUIRED_COLUMNS,
  type ImportLanguage,
} from '@worker-aid/shared/domain';
import { TEMPLATE_LAST_ROW, workerImportTemplate } from './worker-template';
import { isWorkerTemplateExample, WORKER_TEMPLATE_EXAMPLE } from './worker-template-example';

const UNITS = [
  { code: 'CZ-EDU', name: '郴州市教育工会' },
  { code: 'CZ-RAIL', name: '郴州铁路工会' },
  { code: 'X-1', name: '=HYPERLINK("http://evil")' },
];

async function load(lang: ImportLanguage, units = UNITS): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer` type, which Node's newer generic Buffer does not match.
  await workbook.xlsx.load((await workerImportTemplate(lang, units)) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Column letter of a worker column on sheet 1 (A = name, …). */
const letter = (column: (typeof WORKER_IMPORT_COLUMNS)[number]) =>
  String.fromCharCode(65 + WORKER_IMPORT_COLUMNS.indexOf(column));

/** exceljs reads validations back as one entry per cell; its typings lack the property. */
const validationsOf = (sheet: Worksheet) =>
  (sheet as unknown as { dataValidations: { model: Record<string, DataValidation | undefined> } })
    .dataValidations.model;

const noteText = (note: ExcelJS.Cell['note']): string =>
  typeof note === 'string' ? note : (note?.texts ?? []).map((part) => part.text).join('');

describe('workerImportTemplate', () => {
  it.each([
    ['zh-CN', '职工', '单位代码'],
    ['en', 'Workers', 'Unit codes'],
  ] as const)('%s: a workers sheet and a unit codes sheet', async (lang, workers, units) => {
    const workbook = await load(lang);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([workers, units]);
  });

  it.each(IMPORT_LANGUAGES)(
    '%s: row 1 has the bare headings in column order, bold, shaded, frozen',
    async (lang) => {
      const sheet = (await load(lang)).worksheets[0];
      const headings = sheet.getRow(1);
      expect(WORKER_IMPORT_COLUMNS.map((_, i) => headings.getCell(i + 1).value)).toEqual(
        WORKER_IMPORT_COLUMNS.map((column) => WORKER_IMPORT_HEADINGS[lang][column]),
      );
      expect(headings.getCell(WORKER_IMPORT_COLUMNS.length + 1).value).toBeNull();
      for (const [i, column] of WORKER_IMPORT_COLUMNS.entries()) {
        const cell = headings.getCell(i + 1);
        expect(cell.font.bold).toBe(true);
        expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
        const red = cell.font.color?.argb === 'FFC00000';
        expect(red).toBe(WORKER_IMPORT_REQUIRED_COLUMNS.includes(column));
        expect(String(cell.value)).not.toContain('*');
        expect(sheet.getColumn(i + 1).width).toBeGreaterThanOrEqual(8);
      }
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    },
  );

  it.each(IMPORT_LANGUAGES)(
    '%s: row 2 is the example, grey italics, with a note, and valid',
    async (lang) => {
      const sheet = (await load(lang)).worksheets[0];
      const example = WORKER_TEMPLATE_EXAMPLE(lang, 'CZ-EDU');
      const row = sheet.getRow(2);
      expect(
        Object.fromEntries(WORKER_IMPORT_COLUMNS.map((column, i) => [column, row.getCell(i + 1).value])),
      ).toEqual(example);
      expect(row.getCell(1).font).toMatchObject({ italic: true, color: { argb: 'FF808080' } });
      expect(noteText(row.getCell(1).note)).toMatch(lang === 'en' ? /example row/ : /示例行/);
      expect(sheet.rowCount).toBe(2);

      const identity = checkIdentityNumber(example.idNumber, new Date('2026-11-30'));
      expect(identity.valid).toBe(true);
      if (identity.valid) expect(IMPORT_GENDERS[lang][identity.gender]).toBe(example.gender);
      expect(PHONE_PATTERN.test(example.phone)).toBe(true);
      expect(normalizeBankAccount(example.bankAccount)).not.toBeNull();
    },
  );

  it('formats the long-number columns as text down to row 20001, and no others', async () => {
    const sheet = (await load('zh-CN')).worksheets[0];
    expect(TEMPLATE_LAST_ROW).toBe(20_001);
    for (const column of ['idNumber', 'phone', 'bankAccount', 'unitCode'] as const) {
      for (const row of [2, 3, 20_001]) expect(sheet.getCell(`${letter(column)}${row}`).numFmt).toBe('@');
    }
    for (const column of ['name', 'gender', 'employer', 'address', 'migrantWorker'] as const) {
      expect(sheet.getCell(`${letter(column)}3`).numFmt).toBeUndefined();
    }
  });

  it.each([
    ['zh-CN', '"男,女"', '"是,否"', "'单位代码'!$A$2:$A$4"],
    ['en', '"male,female"', '"yes,no"', "'Unit codes'!$A$2:$A$4"],
  ] as const)(
    '%s: dropdowns for gender, migrant worker and unit code on rows 2…20001',
    async (lang, g, yn, units) => {
      const validations = validationsOf((await load(lang)).worksheets[0]);
      const expected = { gender: g, migrantWorker: yn, unitCode: units };
      for (const [column, formula] of Object.entries(expected) as [keyof typeof expected, string][]) {
        for (const row of [2, 20_001]) {
          expect(validations[`${letter(column)}${row}`]).toMatchObject({
            type: 'list',
            allowBlank: true,
            formulae: [formula],
            showErrorMessage: true,
          });
        }
        expect(validations[`${letter(column)}1`]).toBeUndefined();
        expect(validations[`${letter(column)}20002`]).toBeUndefined();
      }
      expect(validations[`${letter('name')}2`]).toBeUndefined();
    },
  );

  it('lists every unit on sheet 2, neutralising a name that reads as a formula', async () => {
    const sheet = (await load('zh-CN')).worksheets[1];
    const values = sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    expect(values).toEqual([
      ['单位代码', '单位名称'],
      ['CZ-EDU', '郴州市教育工会'],
      ['CZ-RAIL', '郴州铁路工会'],
      ['X-1', '\'=HYPERLINK("http://evil")'],
    ]);
    expect(sheet.getRow(1).getCell(1).font.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBeGreaterThan(10);
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    expect(sheet.getCell('A5').numFmt).toBe('@');
  });

  it('without units: an empty unit code in the example and no unit code dropdown', async () => {
    const workbook = await load('en', []);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell(`${letter('unitCode')}2`).value).toBe('');
    expect(validationsOf(sheet)[`${letter('unitCode')}2`]).toBeUndefined();
    expect(validationsOf(sheet)[`${letter('gender')}2`]).toBeDefined();
    expect(workbook.worksheets[1].rowCount).toBe(1);
  });
});

describe('isWorkerTemplateExample', () => {
  it('recognises the example of either language, whatever its unit code, and nothing else', () => {
    for (const lang of IMPORT_LANGUAGES) {
      const example = WORKER_TEMPLATE_EXAMPLE(lang, 'CZ-EDU');
      expect(isWorkerTemplateExample(example)).toBe(true);
      expect(isWorkerTemplateExample({ ...example, unitCode: 'OTHER' })).toBe(true);
      expect(isWorkerTemplateExample({ ...example, name: ` ${example.name} ` })).toBe(true);
      expect(isWorkerTemplateExample({ ...example, name: '李四' })).toBe(false);
      expect(isWorkerTemplateExample({ ...example, phone: null })).toBe(false);
    }
    expect(isWorkerTemplateExample({})).toBe(false);
  });
});
