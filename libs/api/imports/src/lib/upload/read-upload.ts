import { IMPORT_MAX_BYTES } from '@worker-aid/shared/domain';
import { apiError, type FormPart, invalidField, type UploadRules } from '@worker-aid/api/core';

/** A sheet upload: one file of at most 10 MB, under the field name `file`. */
export const SHEET_UPLOAD: UploadRules = {
  maxBytes: IMPORT_MAX_BYTES,
  tooLarge: () => apiError('import.too_large', `file: larger than ${IMPORT_MAX_BYTES / (1024 * 1024)} MB`),
  notMultipart: () => apiError('import.multipart', 'body: send multipart/form-data with the field file'),
};

export interface UploadedSheet {
  fileName: string;
  content: Buffer;
}

/** The uploaded sheet, whole (at most 10 MB: it is checked as one, then stored encrypted). */
export async function readUploadedSheet(form: AsyncIterable<FormPart>): Promise<UploadedSheet> {
  let sheet: UploadedSheet | null = null;
  for await (const part of form) {
    if (part.type === 'field' || part.name !== 'file') {
      throw invalidField(part.name, 'unknown_field', 'is not a field of this form');
    }
    const pieces: Buffer[] = [];
    for await (const piece of part.content) pieces.push(piece);
    sheet = { fileName: part.fileName, content: Buffer.concat(pieces) };
  }
  if (!sheet) throw invalidField('file', 'required', 'send the sheet in the field file');
  if (sheet.content.length === 0) throw apiError('import.empty', 'file: the file is empty');
  return sheet;
}
