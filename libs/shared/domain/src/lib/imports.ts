/**
 * Imports (DOMAIN.md "Importing what the center already has"; API.md v2 "Imports"): a union's
 * worker sheet, checked row by row in the background, then registered once.
 */
import type { Gender } from './aid-api-types';

/** The columns of a worker sheet, in the template's order; with `lang=en` these are its headings. */
export const WORKER_IMPORT_COLUMNS = [
  'name',
  'idNumber',
  'unitCode',
  'gender',
  'phone',
  'employer',
  'address',
  'migrantWorker',
  'bankAccount',
] as const;
export type WorkerImportColumn = (typeof WORKER_IMPORT_COLUMNS)[number];

/** A sheet without one of these headings is refused at upload (400 `import.headings`). */
export const WORKER_IMPORT_REQUIRED_COLUMNS: readonly WorkerImportColumn[] = ['name', 'idNumber', 'unitCode'];

export const IMPORT_LANGUAGES = ['zh-CN', 'en'] as const;
export type ImportLanguage = (typeof IMPORT_LANGUAGES)[number];

/** The template's headings; an upload may use either language's (and a trailing `*`). */
export const WORKER_IMPORT_HEADINGS: Readonly<Record<ImportLanguage, Record<WorkerImportColumn, string>>> = {
  'zh-CN': {
    name: '姓名',
    idNumber: '身份证号',
    unitCode: '单位代码',
    gender: '性别',
    phone: '手机号码',
    employer: '工作单位',
    address: '家庭住址',
    migrantWorker: '是否农民工',
    bankAccount: '银行账号',
  },
  en: {
    name: 'name',
    idNumber: 'idNumber',
    unitCode: 'unitCode',
    gender: 'gender',
    phone: 'phone',
    employer: 'employer',
    address: 'address',
    migrantWorker: 'migrantWorker',
    bankAccount: 'bankAccount',
  },
};

/** The words of the template's dropdowns; an upload may use either language's. */
export const IMPORT_YES_NO: Readonly<Record<ImportLanguage, { yes: string; no: string }>> = {
  'zh-CN': { yes: '是', no: '否' },
  en: { yes: 'yes', no: 'no' },
};
export const IMPORT_GENDERS: Readonly<Record<ImportLanguage, Record<Gender, string>>> = {
  'zh-CN': { male: '男', female: '女' },
  en: { male: 'male', female: 'female' },
};

/** Over this many bytes an upload is 413 `import.too_large`. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Over this many rows below the headings a sheet is 400 `import.too_many_rows`. */
export const IMPORT_MAX_ROWS = 20_000;
/** `GET /api/imports/:id` lists this many problems at most; the report has them all. */
export const IMPORT_PROBLEMS_SHOWN = 200;

export const IMPORT_STATUSES = ['queued', 'validating', 'validated', 'importing', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** While in these, a background job is working on the import. */
export const IMPORT_BUSY_STATUSES: readonly ImportStatus[] = ['queued', 'validating', 'importing'];

export function isImportBusy(status: ImportStatus): boolean {
  return IMPORT_BUSY_STATUSES.includes(status);
}

/** What became of a row: `valid` until the commit registers it (`imported`). */
export const IMPORT_ROW_RESULTS = ['valid', 'invalid', 'duplicate', 'imported'] as const;
export type ImportRowResult = (typeof IMPORT_ROW_RESULTS)[number];

export const IMPORT_KINDS = ['workers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * A row's problem. `row` is the sheet's row number (the headings are row 1); `field` a column
 * key; `code` a field code (`id_number.check_character`, `unit_code`, `duplicate_in_sheet`,
 * `already_registered`, …), translated by clients like a validation error's.
 */
export interface ImportProblem {
  row: number;
  field: WorkerImportColumn;
  code: string;
  message: string;
}

/** An import as `POST /api/imports/workers` and the list answer it. */
export interface ImportSummary {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  /** The uploaded file's name, cleaned. */
  fileName: string;
  /** Data rows in the sheet (below the headings). */
  total: number;
  /** Rows checked so far while validating; rows registered so far while importing. */
  processed: number;
  valid: number;
  invalid: number;
  duplicates: number;
  /** Workers registered by the commit. */
  imported: number;
  /** Why a `failed` import failed: an error code. */
  failure: string | null;
  unitId: string;
  createdBy: { id: string; displayName: string };
  createdAt: string;
  /** When validation finished, and when the commit finished. */
  validatedAt: string | null;
  finishedAt: string | null;
}

/** `GET /api/imports/:id`: the summary and the first problems. */
export interface ImportDetail extends ImportSummary {
  problems: ImportProblem[];
}
