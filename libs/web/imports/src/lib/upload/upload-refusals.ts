import { HttpErrorResponse } from '@angular/common/http';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  WORKER_IMPORT_COLUMNS,
  WORKER_IMPORT_HEADINGS,
  type ImportLanguage,
  type WorkerImportColumn,
} from '@worker-aid/shared/domain';
import { problemMessageKey, toApiProblem } from '@worker-aid/web/core';
import { formatFileSize } from '@worker-aid/web/documents';

/** Why a sheet was not taken: a translation key and its values. */
export interface UploadRefusal {
  key: string;
  params?: Record<string, string>;
}

/** The sheets the API reads, by name (it checks the content itself). */
const SHEET_NAME = /\.(xlsx|csv)$/i;

/** What the drop zone's hint says: the largest file and the most rows, as people read them. */
export function uploadLimits(lang: ImportLanguage): Record<string, string> {
  return {
    max: formatFileSize(IMPORT_MAX_BYTES, lang),
    rows: new Intl.NumberFormat(lang).format(IMPORT_MAX_ROWS),
  };
}

/** Refused before a byte is sent: anything but one xlsx or csv of at most `IMPORT_MAX_BYTES`. */
export function refusalBeforeUpload(files: readonly File[], lang: ImportLanguage): UploadRefusal | null {
  if (files.length !== 1) return { key: 'imports.errors.oneFile' };
  const [file] = files;
  if (!SHEET_NAME.test(file.name)) return { key: 'imports.errors.type' };
  if (file.size > IMPORT_MAX_BYTES) return tooLarge(lang);
  return null;
}

/**
 * What a refused upload tells its user, by the API's code: missing headings are named in the
 * interface language; a 413 without a code (a proxy in front of the API) is the size too. Every
 * other refusal is its code's text (`apiErrors.import.encrypted` …).
 */
export function refusalOf(error: unknown, lang: ImportLanguage): UploadRefusal {
  const problem = toApiProblem(error);
  if (problem.code === 'import.too_large' || (problem.status === 413 && !problem.code)) {
    return tooLarge(lang);
  }
  if (problem.code === 'import.headings') {
    const missing = missingColumns(error);
    if (missing.length > 0) {
      const headings = WORKER_IMPORT_HEADINGS[lang];
      const separator = lang === 'zh-CN' ? '、' : ', ';
      return {
        key: 'imports.errors.headings',
        params: { columns: missing.map((column) => headings[column]).join(separator) },
      };
    }
  }
  return { key: problemMessageKey(problem) };
}

function tooLarge(lang: ImportLanguage): UploadRefusal {
  return { key: 'imports.errors.tooLarge', params: { max: formatFileSize(IMPORT_MAX_BYTES, lang) } };
}

/** The `missing` column keys of a 400 `import.headings` (an extra field of the error body). */
function missingColumns(error: unknown): WorkerImportColumn[] {
  if (!(error instanceof HttpErrorResponse)) return [];
  const body: unknown = error.error;
  const missing = typeof body === 'object' && body !== null ? (body as { missing?: unknown }).missing : null;
  if (!Array.isArray(missing)) return [];
  return WORKER_IMPORT_COLUMNS.filter((column) => missing.includes(column));
}
