/**
 * What an uploaded sheet is, told from its content and never from its name or type header.
 * Defends against files that are not what they claim: other zips (a docx), old binary .xls,
 * password-protected workbooks, zip bombs (see zip-archive.ts) and binary files passed off as csv.
 */
import { apiError } from '../errors/api-error';
import { decodeSheetText, notASheet } from './sheet-text';
import type { SheetFormat } from './sheet-value';
import { openZipArchive } from './zip-archive';

const ZIP_MAGIC = [Buffer.from('PK\x03\x04'), Buffer.from('PK\x05\x06')]; // an entry, or an empty archive
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Streams of an OLE compound file that hold an encrypted xlsx (ECMA-376 "Office Document Cryptography"). */
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'].map((name) => Buffer.from(name, 'utf16le'));

/**
 * `xlsx` or `csv`, or an ApiError: 400 `import.empty`, `import.corrupt`, `import.encrypted` or
 * `import.unpacked_too_large`; 415 `import.file_type`.
 */
export async function inspectSheetUpload(content: Buffer): Promise<SheetFormat> {
  if (content.length === 0) throw emptySheet();
  if (ZIP_MAGIC.some((magic) => startsWith(content, magic))) {
    await inspectZip(content);
    return 'xlsx';
  }
  if (startsWith(content, OLE_MAGIC)) {
    if (ENCRYPTION_STREAMS.some((name) => content.includes(name))) {
      throw apiError('import.encrypted', 'The workbook is password-protected: save it without a password.');
    }
    throw notASheet(); // an old binary .xls, .doc or .msg
  }
  const text = decodeSheetText(content);
  if (text === null) throw notASheet();
  if (text.trim() === '') throw emptySheet();
  return 'csv';
}

async function inspectZip(content: Buffer): Promise<void> {
  const archive = await openZipArchive(content);
  try {
    if (!archive.entry('xl/workbook.xml')) throw notASheet();
    await archive.inflateAll();
  } finally {
    archive.close();
  }
}

function startsWith(content: Buffer, magic: Buffer): boolean {
  return content.subarray(0, magic.length).equals(magic);
}

function emptySheet() {
  return apiError('import.empty', 'The sheet has no rows below its headings.');
}
