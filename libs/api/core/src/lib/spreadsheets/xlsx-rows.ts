/**
 * The rows of an xlsx workbook's first sheet, streamed. Defends against workbooks that attack
 * the reader: the zip layer is yauzl with the zip-bomb budget (zip-archive.ts), not exceljs's
 * own streaming unzip (which trusts local headers, writes a sheet that precedes the shared
 * strings to a temporary file, and cannot be stopped cleanly); exceljs's streaming parsers then
 * read each part. Cells are data: a formula yields its text, never its cached result.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Entry } from 'yauzl';
import { ApiError } from '../errors/api-error';
import type { SheetRow, SheetValue } from './sheet-value';
import { corruptSheet, openZipArchive, unpackedTooLarge, type ZipArchive } from './zip-archive';

/** The shared strings are held in memory: above this (unpacked) the workbook is refused. */
const MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024;
/** Styles only tell dates from numbers: above this (unpacked) they are skipped and dates read as numbers. */
const MAX_STYLES_BYTES = 8 * 1024 * 1024;

const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Relationship {
  Id: string;
  Type: string;
  Target: string;
}

interface WorkbookSheet {
  rId: string;
  state?: string;
}

/**
 * The steps of exceljs 4.4's streaming WorkbookReader that read one part each, outside its
 * typings: we hand them yauzl's streams one by one instead of letting it unzip the upload.
 */
interface WorkbookReaderParts {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    iterator: AsyncIterable<unknown>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
  sharedStrings?: unknown[];
  workbookRels?: Relationship[];
  model?: { sheets?: WorkbookSheet[] };
}

/**
 * Every row element of the first sheet, in order, empty ones too (no cells), trailing empty cells
 * dropped; ApiErrors (`import.corrupt`, …) for a damaged workbook.
 */
export async function* readXlsxRows(content: Buffer): AsyncGenerator<SheetRow> {
  const archive = await openZipArchive(content);
  try {
    for await (const row of await firstSheetRows(archive)) {
      // Row numbers are optional in OOXML, but exceljs cannot place the cells of a row without
      // one; Excel, WPS and LibreOffice always write them.
      if (!Number.isInteger(row.number) || row.number < 1) throw corruptSheet();
      yield { row: row.number, cells: rowValues(row) };
    }
  } catch (error) {
    throw error instanceof ApiError ? error : corruptSheet();
  } finally {
    archive.close();
  }
}

async function firstSheetRows(archive: ZipArchive): Promise<AsyncIterable<ExcelJS.Row>> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([]), // never read: the parts come from the archive
    { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' },
  );
  const parts = reader as unknown as WorkbookReaderParts;
  // exceljs decodes each chunk on its own, which splits a character whose bytes straddle two
  // chunks (a name read as "崩���"): the parts are handed over as text, decoded across chunks.
  const open = async (entry: Entry) => (await archive.open(entry)).setEncoding('utf8');
  await parts._parseWorkbook(await open(required(archive, 'xl/workbook.xml')));
  const rels = archive.entry('xl/_rels/workbook.xml.rels');
  if (rels) await parts._parseRels(await open(rels));
  const relationships = parts.workbookRels ?? [];

  const strings = archive.entry(partPath(relationships, 'sharedStrings', 'xl/sharedStrings.xml'));
  if (strings && strings.uncompressedSize > MAX_SHARED_STRINGS_BYTES) throw unpackedTooLarge();
  if (strings) for await (const _ of parts._parseSharedStrings(await open(strings))) void _;
  parts.sharedStrings ??= [];

  const styles = archive.entry(partPath(relationships, 'styles', 'xl/styles.xml'));
  if (styles && styles.uncompressedSize <= MAX_STYLES_BYTES) await parts._parseStyles(await open(styles));

  const sheet = firstSheet(archive, parts.model?.sheets ?? [], relationships);
  const sheetNo = /(\d+)\.xml$/.exec(sheet.fileName)?.[1] ?? '1';
  const [worksheet] = parts._parseWorksheet(await open(sheet), sheetNo);
  if (!worksheet) throw corruptSheet();
  return worksheet.value;
}

function required(archive: ZipArchive, fileName: string): Entry {
  const entry = archive.entry(fileName);
  if (!entry) throw corruptSheet();
  return entry;
}

/** The first sheet in the workbook's tab order that is not hidden (else the first at all). */
function firstSheet(
  archive: ZipArchive,
  sheets: readonly WorkbookSheet[],
  rels: readonly Relationship[],
): Entry {
  const ordered = [...sheets.filter((sheet) => !sheet.state || sheet.state === 'visible'), ...sheets];
  for (const sheet of ordered) {
    const rel = rels.find((candidate) => candidate.Id === sheet.rId);
    const entry = rel && archive.entry(resolveTarget(rel.Target));
    if (entry) return entry;
  }
  // Without a usable workbook directory: the first sheet part in the archive.
  const fallback = archive.entries.find((entry) => /^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName));
  if (!fallback) throw corruptSheet();
  return fallback;
}

function partPath(rels: readonly Relationship[], type: string, fallback: string): string {
  const rel = rels.find((candidate) => candidate.Type === `${OFFICE_RELS}/${type}`);
  return rel ? resolveTarget(rel.Target) : fallback;
}

/** A workbook relationship's target is relative to `xl/`, or absolute from the package root. */
function resolveTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

function rowValues(row: ExcelJS.Row): SheetValue[] {
  const cells: SheetValue[] = [];
  row.eachCell((cell, column) => {
    const value = cellValue(cell.value);
    if (value !== null) cells[column - 1] = value;
  });
  return Array.from(cells, (value) => value ?? null);
}

/** A cell as data: text trimmed (empty is null), numbers, yes/no, dates as `YYYY-MM-DD`, formulas as their text. */
export function cellValue(value: ExcelJS.CellValue): SheetValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDay(value);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return `=${(formula ?? '').trim()}`;
  }
  if ('richText' in value)
    return (
      value.richText
        .map((run) => run.text ?? '')
        .join('')
        .trim() || null
    );
  if ('error' in value) return value.error;
  if ('text' in value) return cellValue(value.text);
  return null;
}

function isoDay(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}
