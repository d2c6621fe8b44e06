import type { Stream } from 'node:stream';
import ExcelJS, { type Fill, type Worksheet } from 'exceljs';
import {
  WORKER_IMPORT_COLUMNS,
  WORKER_IMPORT_HEADINGS,
  type ImportLanguage,
  type WorkerImportColumn,
} from '@worker-aid/shared/domain';
import {
  IMPORT_REPORT_LABELS,
  importFieldCodeText,
  type ImportReportLabels,
  type ImportReportResult,
} from './import-report-labels';
import { neutraliseCell } from '@worker-aid/api/core';
import {
  A4_LANDSCAPE,
  FROZEN_HEADINGS,
  HEADING_FILL,
  HEADING_FONT,
  TEXT_COLUMNS,
  TEXT_FORMAT,
  WORKER_COLUMN_WIDTHS,
} from './sheet-layout';

/** One row of the uploaded sheet and what became of it. */
export interface ImportReportRow {
  /** The sheet's row number (the headings are row 1). */
  row: number;
  cells: Partial<Record<WorkerImportColumn, string | null>>;
  result: ImportReportResult;
  problems: { field: WorkerImportColumn; code: string }[];
}

export interface ImportReportMeta {
  /** The uploaded file's name. */
  fileName: string;
  /** When the report was made, as it should be shown (`2026-11-30 14:05`). */
  generatedAt: string;
}

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const RESULT_FILLS: Readonly<Record<ImportReportResult, Fill>> = {
  valid: solid('FFE2F0D9'),
  imported: solid('FFC6E0B4'),
  invalid: solid('FFF8CBAD'),
  duplicate: solid('FFFFE699'),
  example: solid('FFEDEDED'),
};

/** Rows written between two turns of the event loop, so that the zip can drain into `out`. */
const ROWS_PER_TURN = 200;
/** Excel refuses a page header over 255 characters; a file name is cut to this length in it. */
const HEADER_NAME_LENGTH = 80;

/**
 * The report of one import (API.md v2 "Imports"): the sheet again, each row with its original
 * row number, its result and its problems in `lang`, then a summary sheet. Streams to `out`,
 * committing each row as it is written, so memory stays flat however many rows there are.
 * Resolves when `out` has finished; if `rows` throws, `out` holds a broken file and the caller
 * should destroy it.
 */
export async function writeImportReport(
  out: NodeJS.WritableStream,
  lang: ImportLanguage,
  rows: AsyncIterable<ImportReportRow>,
  meta: ImportReportMeta,
): Promise<void> {
  const labels = IMPORT_REPORT_LABELS[lang];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    // exceljs types its option as a `Stream` class; it only pipes into it, which any writable allows.
    stream: out as unknown as Stream,
    useStyles: true,
    // Shared strings would be held in memory until the end.
    useSharedStrings: false,
  });
  workbook.creator = 'Worker Aid';
  const sheet = addRowsSheet(workbook, labels, lang, meta);
  const counts: Record<ImportReportResult, number> = {
    valid: 0,
    invalid: 0,
    duplicate: 0,
    imported: 0,
    example: 0,
  };
  let written = 0;
  for await (const row of rows) {
    writeRow(sheet, lang, labels, row);
    counts[row.result] += 1;
    written += 1;
    if (written % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  writeSummary(workbook.addWorksheet(labels.summarySheet), labels, meta, written, counts);
  await workbook.commit();
}

function addRowsSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  labels: ImportReportLabels,
  lang: ImportLanguage,
  meta: ImportReportMeta,
): Worksheet {
  const columnCount = WORKER_IMPORT_COLUMNS.length + 3;
  const sheet = workbook.addWorksheet(labels.sheet, {
    views: FROZEN_HEADINGS,
    pageSetup: A4_LANDSCAPE,
    headerFooter: {
      oddHeader: `&L${headerText(meta.fileName.slice(0, HEADER_NAME_LENGTH))}&R${headerText(meta.generatedAt)}`,
      oddFooter: '&C&P / &N',
    },
  });
  sheet.columns = [
    { key: 'row', width: 8 },
    ...WORKER_IMPORT_COLUMNS.map((column) => ({
      key: column,
      width: WORKER_COLUMN_WIDTHS[column],
      ...(TEXT_COLUMNS.includes(column) ? { style: { numFmt: TEXT_FORMAT } } : {}),
    })),
    { key: 'result', width: 18 },
    { key: 'problems', width: 60, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columnCount } };
  const headings = sheet.addRow(
    [
      labels.row,
      ...WORKER_IMPORT_COLUMNS.map((column) => WORKER_IMPORT_HEADINGS[lang][column]),
      labels.result,
      labels.problems,
    ].map(neutraliseCell),
  );
  headings.eachCell((cell) => {
    cell.font = HEADING_FONT;
    cell.fill = HEADING_FILL;
    cell.border = { bottom: { style: 'thin' } };
  });
  headings.commit();
  return sheet;
}

function writeRow(
  sheet: Worksheet,
  lang: ImportLanguage,
  labels: ImportReportLabels,
  row: ImportReportRow,
): void {
  const added = sheet.addRow([
    row.row,
    ...WORKER_IMPORT_COLUMNS.map((column) => neutraliseCell(row.cells[column] || null)),
    neutraliseCell(labels.results[row.result]),
    neutraliseCell(problemsText(lang, labels, row.problems) || null),
  ]);
  added.getCell('result').fill = RESULT_FILLS[row.result];
  added.commit();
}

/** `身份证号：身份证号码校验位不正确；单位代码：…` (en: `idNumber: The check character …; unitCode: …`). */
export function problemsText(
  lang: ImportLanguage,
  labels: ImportReportLabels,
  problems: ImportReportRow['problems'],
): string {
  return problems
    .map(
      ({ field, code }) =>
        `${WORKER_IMPORT_HEADINGS[lang][field]}${labels.fieldSeparator}${importFieldCodeText(lang, code)}`,
    )
    .join(labels.problemSeparator);
}

function writeSummary(
  sheet: Worksheet,
  labels: ImportReportLabels,
  meta: ImportReportMeta,
  total: number,
  counts: Record<ImportReportResult, number>,
): void {
  sheet.columns = [{ width: 24 }, { width: 48 }];
  const lines: [string, string | number][] = [
    [labels.fileName, meta.fileName],
    [labels.generatedAt, meta.generatedAt],
    [labels.total, total],
    ...(Object.keys(counts) as ImportReportResult[]).map((result): [string, number] => [
      labels.results[result],
      counts[result],
    ]),
  ];
  for (const [label, value] of lines) {
    const row = sheet.addRow([neutraliseCell(label), neutraliseCell(value)]);
    row.getCell(1).font = HEADING_FONT;
    row.commit();
  }
  sheet.commit();
}

/** Text for a page header or footer, where `&` starts a code. */
function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}
