import ExcelJS, { type DataValidation, type Worksheet } from 'exceljs';
import {
  IMPORT_GENDERS,
  IMPORT_MAX_ROWS,
  IMPORT_YES_NO,
  WORKER_IMPORT_COLUMNS,
  WORKER_IMPORT_HEADINGS,
  WORKER_IMPORT_REQUIRED_COLUMNS,
  type ImportLanguage,
  type WorkerImportColumn,
} from '@worker-aid/shared/domain';
import { neutraliseCell } from '@worker-aid/api/core';
import {
  A4_LANDSCAPE,
  FROZEN_HEADINGS,
  HEADING_FILL,
  HEADING_FONT,
  REQUIRED_HEADING_FONT,
  TEXT_COLUMNS,
  TEXT_FORMAT,
  WORKER_COLUMN_WIDTHS,
} from './sheet-layout';
import { WORKER_TEMPLATE_EXAMPLE } from './worker-template-example';
import { WORKER_TEMPLATE_LABELS, type WorkerTemplateLabels } from './worker-template-labels';

/** A unit the uploader may register workers in, listed on the template's second sheet. */
export interface TemplateUnit {
  code: string;
  name: string;
}

/** The dropdowns and text formats reach as far as the largest sheet an upload may have. */
export const TEMPLATE_LAST_ROW = 1 + IMPORT_MAX_ROWS;

const EXAMPLE_FONT = { italic: true, color: { argb: 'FF808080' } };

/**
 * exceljs 4.4 keeps a sheet's validations in `dataValidations` (address or range → rule) but
 * its typings leave the property out.
 */
interface WithDataValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

/**
 * The worker import template (API.md v2 "Imports"): sheet 1 has the headings in `lang`, one
 * example row and dropdowns; sheet 2 lists the code and name of each of `units` (in the order
 * given) for the unit code dropdown.
 */
export async function workerImportTemplate(lang: ImportLanguage, units: TemplateUnit[]): Promise<Buffer> {
  const labels = WORKER_TEMPLATE_LABELS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Worker Aid';
  const workers = workbook.addWorksheet(labels.workersSheet, {
    views: FROZEN_HEADINGS,
    pageSetup: { ...A4_LANDSCAPE, printTitlesRow: '1:1' },
  });
  const unitSheet = workbook.addWorksheet(labels.unitsSheet, {
    views: FROZEN_HEADINGS,
    pageSetup: { ...A4_LANDSCAPE, printTitlesRow: '1:1' },
  });
  writeWorkers(workers, lang, labels, units[0]?.code ?? '');
  addDropdowns(workers, lang, labels, unitSheet.name, units.length);
  writeUnits(unitSheet, labels, units);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeWorkers(
  sheet: Worksheet,
  lang: ImportLanguage,
  labels: WorkerTemplateLabels,
  unitCode: string,
): void {
  // A text format on the whole column (Excel's "format the column as text"): every cell typed
  // or pasted later in rows 2… is text, without writing 20,000 empty cells.
  sheet.columns = WORKER_IMPORT_COLUMNS.map((column) => ({
    key: column,
    width: WORKER_COLUMN_WIDTHS[column],
    ...(TEXT_COLUMNS.includes(column) ? { style: { numFmt: TEXT_FORMAT } } : {}),
  }));
  const headings = sheet.getRow(1);
  for (const column of WORKER_IMPORT_COLUMNS) {
    const cell = headings.getCell(column);
    cell.value = neutraliseCell(WORKER_IMPORT_HEADINGS[lang][column]);
    cell.fill = HEADING_FILL;
    cell.border = { bottom: { style: 'thin' } };
    if (WORKER_IMPORT_REQUIRED_COLUMNS.includes(column)) {
      cell.font = REQUIRED_HEADING_FONT;
      cell.note = labels.requiredNote;
    } else {
      cell.font = HEADING_FONT;
    }
  }
  const example = WORKER_TEMPLATE_EXAMPLE(lang, unitCode);
  const exampleRow = sheet.getRow(2);
  for (const column of WORKER_IMPORT_COLUMNS) {
    const cell = exampleRow.getCell(column);
    cell.value = neutraliseCell(example[column]);
    cell.font = EXAMPLE_FONT;
  }
  exampleRow.getCell(1).note = labels.exampleNote;
}

function addDropdowns(
  sheet: Worksheet,
  lang: ImportLanguage,
  labels: WorkerTemplateLabels,
  unitSheetName: string,
  unitCount: number,
): void {
  // See WithDataValidations: the property exists at run time, only the typings lack it.
  const validations = (sheet as unknown as WithDataValidations).dataValidations;
  const range = (column: WorkerImportColumn) => {
    const letter = sheet.getColumn(column).letter;
    return `${letter}2:${letter}${TEMPLATE_LAST_ROW}`;
  };
  const list = (formula: string, error: string): DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'stop',
    error,
  });
  const gender = IMPORT_GENDERS[lang];
  const yesNo = IMPORT_YES_NO[lang];
  validations.add(range('gender'), list(`"${gender.male},${gender.female}"`, labels.choose));
  validations.add(range('migrantWorker'), list(`"${yesNo.yes},${yesNo.no}"`, labels.choose));
  if (unitCount > 0) {
    const codes = `${quoteSheetName(unitSheetName)}!$A$2:$A$${unitCount + 1}`;
    validations.add(range('unitCode'), list(codes, labels.chooseUnit));
  }
}

function writeUnits(sheet: Worksheet, labels: WorkerTemplateLabels, units: TemplateUnit[]): void {
  sheet.columns = [
    { key: 'code', width: 18, style: { numFmt: TEXT_FORMAT } },
    { key: 'name', width: Math.min(60, Math.max(24, ...units.map((unit) => unit.name.length * 2 + 2))) },
  ];
  const headings = sheet.getRow(1);
  headings.getCell('code').value = neutraliseCell(labels.unitCode);
  headings.getCell('name').value = neutraliseCell(labels.unitName);
  headings.eachCell((cell) => {
    cell.font = HEADING_FONT;
    cell.fill = HEADING_FILL;
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const unit of units)
    sheet.addRow({ code: neutraliseCell(unit.code), name: neutraliseCell(unit.name) });
}

/** A sheet's name as a formula refers to it: quoted, with any quote doubled. */
function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
