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
 * What a failed upload tells its user, by the API's code: the upload's own refusals get texts
 * that say what to do; a 413 without a code (a proxy in front of the API) is the size too. Any
 * other failure is shown by its code as everywhere else.
 */
export function refusalOf(error: unknown, locale: string): UploadRefusal {
  const problem = toApiProblem(error);
  if (
    problem.code === 'document.too_large' ||
    problem.code === 'body.too_large' ||
    (problem.status === 413 && !problem.code)
  ) {
    return { key: 'documents.errors.tooLarge', params: { max: maxDocumentSize(locale) } };
  }
  if (problem.code === 'document.type') return { key: 'documents.errors.type' };
  if (problem.code === 'document.duplicate') return { key: 'documents.errors.duplicate' };
  return { key: problemMessageKey(problem) };
}
