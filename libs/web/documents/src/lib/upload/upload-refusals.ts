import { DOCUMENT_MAX_BYTES } from '@worker-aid/shared/domain';
import { problemMessageKey, toApiProblem } from '@worker-aid/web/core';
import { formatFileSize } from '../file-size';

/** Why an upload failed: a translation key and its values. */
export interface UploadRefusal {
  key: string;
  params?: Record<string, string>;
}

/** The largest document, as people read it (`20 MB`). */
export function maxDocumentSize(locale: string): string {
  return formatFileSize(DOCUMENT_MAX_BYTES, locale);
}

/** Refused before a byte is sent: a file the API would answer with 413 anyway. */
export function refusalBeforeUpload(file: File, locale: string): UploadRefusal | null {
  return file.size > DOCUMENT_MAX_BYTES
    ? { key: 'documents.errors.tooLarge', params: { max: maxDocumentSize(locale) } }
    : null;
}

/**
 * What a failed upload tells its user. On the upload endpoint 413, 415 and 409 each have one
 * meaning (API.md "Documents": too large, not a PDF or picture, the same bytes already there), so
 * they get texts that say what to do, whichever code the API or the web server in front of it
 * puts on them; any other failure is shown by its code as everywhere else.
 */
export function refusalOf(error: unknown, locale: string): UploadRefusal {
  const problem = toApiProblem(error);
  switch (problem.status) {
    case 413:
      return { key: 'documents.errors.tooLarge', params: { max: maxDocumentSize(locale) } };
    case 415:
      return { key: 'documents.errors.type' };
    case 409:
      return { key: 'documents.errors.duplicate' };
    default:
      return { key: problemMessageKey(problem) };
  }
}
