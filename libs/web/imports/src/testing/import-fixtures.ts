import type { ImportDetail, ImportProblem, ImportSummary } from '@worker-aid/shared/domain';

/*
 * The imports component tests start from: the caseworker's sheet of 5 rows, checked — 3 valid,
 * 1 invalid, 1 duplicate — and waiting for the commit. A test changes only what it is about:
 * `anImport({ status: 'validating', processed: 2 })`.
 */

export const PROBLEMS: ImportProblem[] = [
  { row: 3, field: 'idNumber', code: 'id_number.check_character', message: 'Check character is wrong.' },
  { row: 5, field: 'idNumber', code: 'duplicate_in_sheet', message: 'Earlier in the sheet.' },
];

/** The import as the list and the commit answer it. */
export function anImportSummary(overrides: Partial<ImportSummary> = {}): ImportSummary {
  return {
    id: 'i-1',
    kind: 'workers',
    status: 'validated',
    fileName: '职工名单.xlsx',
    total: 5,
    processed: 5,
    valid: 3,
    invalid: 1,
    duplicates: 1,
    imported: 0,
    failure: null,
    unitId: 's',
    createdBy: { id: 'u-cw', displayName: '李专干' },
    createdAt: '2026-11-20T02:00:00Z',
    validatedAt: '2026-11-20T02:00:03Z',
    finishedAt: null,
    ...overrides,
  };
}

/** The import as its page reads it, with its problems. */
export function anImport(overrides: Partial<ImportDetail> = {}): ImportDetail {
  return { ...anImportSummary(), problems: PROBLEMS, ...overrides };
}
