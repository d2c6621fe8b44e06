/**
 * The records of a csv upload, streamed. Defends against csv that attacks the reader or the
 * next spreadsheet: cells are never interpreted (`=1+2` stays that text), the text is fed to the
 * parser in slices so that millions of empty lines are never parsed all at once, and a damaged
 * file (an unclosed quote) is `import.corrupt`, never a 500.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ApiError } from '../errors/api-error';
import { decodeSheetText, notASheet } from './sheet-text';
import type { SheetRow, SheetValue } from './sheet-value';
import { corruptSheet } from './zip-archive';

const SLICE_BYTES = 16 * 1024;

/** Every record, empty or not, numbered from 1; cells trimmed, empty ones null, trailing ones dropped. */
export async function* readCsvRows(content: Buffer): AsyncGenerator<SheetRow> {
  const text = decodeSheetText(content);
  if (text === null) throw notASheet();
  const source = Readable.from(slices(Buffer.from(text, 'utf8')));
  const parser = parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  source.pipe(parser);
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: recordValues(record) };
    }
  } catch (error) {
    throw error instanceof ApiError ? error : corruptSheet();
  } finally {
    source.unpipe(parser);
    source.destroy();
    parser.destroy();
  }
}

function* slices(bytes: Buffer): Generator<Buffer> {
  for (let start = 0; start < bytes.length; start += SLICE_BYTES)
    yield bytes.subarray(start, start + SLICE_BYTES);
}

function recordValues(record: readonly string[]): SheetValue[] {
  const cells = record.map((field): SheetValue => field.trim() || null);
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}
