/**
 * Text sheets (csv) from uploads: decoded from UTF-8 (with or without a byte-order mark) or,
 * failing that, GB18030, as Chinese Excel saves csv. Defends against binary files passed off as
 * text: NUL and other control bytes, or a known binary signature, refuse the file.
 */
import { apiError, type ApiError } from '../errors/api-error';

/** Signatures of binary formats whose bytes could, by chance, also decode as GB18030 text. */
const BINARY_MAGIC: readonly Buffer[] = [
  Buffer.from('%PDF-'),
  Buffer.from([0x89, 0x50, 0x4e, 0x47]), // PNG
  Buffer.from([0xff, 0xd8, 0xff]), // JPEG
  Buffer.from('GIF8'),
  Buffer.from([0x1f, 0x8b]), // gzip
  Buffer.from('Rar!'),
  Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), // 7z
  Buffer.from('{\\rtf'),
];

/** Control characters no csv contains (tab, line feed, vertical tab, form feed and carriage return may). */
const CONTROL = /[^\P{Cc}\t\n\v\f\r]/u;

export function notASheet(): ApiError {
  return apiError(
    'import.file_type',
    'The file is not an xlsx workbook or a csv text (read from its content).',
  );
}

/** The text of a csv upload, its byte-order mark dropped; `null` if it is not text. */
export function decodeSheetText(content: Buffer): string | null {
  if (BINARY_MAGIC.some((magic) => content.subarray(0, magic.length).equals(magic))) return null;
  const text = decode(content, 'utf-8') ?? decode(content, 'gb18030');
  // GB18030 has a byte-order mark of its own, which its decoder keeps.
  return text === null || CONTROL.test(text) ? null : text.replace(/^\uFEFF/, '');
}

function decode(content: Buffer, encoding: 'utf-8' | 'gb18030'): string | null {
  try {
    // A byte-order mark is dropped by the decoder (ignoreBOM: false is the default).
    return new TextDecoder(encoding, { fatal: true }).decode(content);
  } catch {
    return null;
  }
}
