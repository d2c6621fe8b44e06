import ExcelJS from 'exceljs';
import request from 'supertest';
import type { App } from 'supertest/types';
import {
  checkCharacterOf,
  type ImportDetail,
  type ImportLanguage,
  type ImportSummary,
  WORKER_IMPORT_COLUMNS,
  WORKER_IMPORT_HEADINGS,
  type WorkerImportColumn,
} from '@worker-aid/shared/domain';
import { multipartBody } from './documents';

/** A row of a worker sheet: text, or what a spreadsheet cell may hold instead. */
export type SheetRowValues = Partial<
  Record<WorkerImportColumn, string | number | { formula: string } | null>
>;

let serial = 0;

/** A fresh valid identity number (region 110105), unique within the test process for 20,000+ rows. */
export function uniqueIdNumber(gender: 'male' | 'female' = 'male'): string {
  serial += 1;
  const day = new Date(Date.UTC(1960, 0, 1) + (serial % 9000) * 86_400_000);
  const birth = day.toISOString().slice(0, 10).replace(/-/g, '');
  const order = Math.floor(serial / 9000) % 500;
  const sequence = String(order * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
  const first17 = `110105${birth}${sequence}`;
  return first17 + checkCharacterOf(first17);
}

/** A valid row for the unit with this code. */
export function validRow(unitCode: string, name = '王秀英'): SheetRowValues {
  return {
    name,
    idNumber: uniqueIdNumber('female'),
    unitCode,
    gender: '女',
    phone: '13800138000',
    employer: '市纺织厂',
    address: '市区幸福路 1 号',
    migrantWorker: '否',
    bankAccount: '6222 0202 0011 2233 445',
  };
}

/** A worker sheet as an xlsx workbook: the headings in `lang`, then the rows. */
export async function workerXlsx(
  rows: readonly SheetRowValues[],
  lang: ImportLanguage = 'zh-CN',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('职工');
  sheet.addRow(WORKER_IMPORT_COLUMNS.map((column) => WORKER_IMPORT_HEADINGS[lang][column]));
  for (const row of rows) sheet.addRow(WORKER_IMPORT_COLUMNS.map((column) => row[column] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A worker sheet as csv text (UTF-8 with a byte-order mark, as Excel saves it). */
export function workerCsv(rows: readonly SheetRowValues[], lang: ImportLanguage = 'en'): Buffer {
  const quote = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    WORKER_IMPORT_COLUMNS.map((column) => WORKER_IMPORT_HEADINGS[lang][column]).join(','),
    ...rows.map((row) => WORKER_IMPORT_COLUMNS.map((column) => quote(row[column])).join(',')),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** POSTs a sheet to `/api/imports/workers`. */
export function uploadSheet(http: App | string, token: string, bytes: Buffer, fileName = 'workers.xlsx') {
  const { contentType, body } = multipartBody([{ name: 'file', fileName, bytes }]);
  return request(http)
    .post('/api/imports/workers')
    .auth(token, { type: 'bearer' })
    .set('Content-Type', contentType)
    .send(body);
}

/** Polls the import until `done(import)` holds (at most `timeoutMs`). */
export async function waitForImport(
  http: App | string,
  token: string,
  id: string,
  until: (found: ImportDetail) => boolean,
  timeoutMs = 30_000,
): Promise<ImportDetail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await request(http).get(`/api/imports/${id}`).auth(token, { type: 'bearer' }).expect(200))
      .body as ImportDetail;
    if (until(found)) return found;
    if (Date.now() > deadline)
      throw new Error(`import ${id} is still ${found.status}: ${JSON.stringify(found)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const isValidated = (found: ImportSummary) =>
  found.status !== 'queued' && found.status !== 'validating';
export const isDone = (found: ImportSummary) => found.status === 'done' || found.status === 'failed';

/** Reads an xlsx answer's first sheet as rows of text. */
export async function sheetRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((value) => (value === null || value === undefined ? '' : String(value))));
  });
  return rows;
}

/** A supertest parser that keeps a binary answer's bytes. */
export function binary(response: unknown, done: (error: Error | null, body: Buffer) => void): void {
  const stream = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
