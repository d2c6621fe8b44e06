import {
  IMPORT_GENDERS,
  IMPORT_LANGUAGES,
  IMPORT_YES_NO,
  type Gender,
  type WorkerImportColumn,
} from '@worker-aid/shared/domain';
import { checkWorkerRequest, type NewWorker } from '@worker-aid/api/workers';
import type { StoredProblem } from '../worker-import-row.entity';
import type { ReadCells } from './row-cells';

/** A row as the check saw it: its problems, or the worker it would register. */
export type CheckedRow =
  | { ok: true; worker: NewWorker; problems: [] }
  | { ok: false; worker: null; problems: StoredProblem[]; idNumber: string | null };

/** Stands in for a unit the sheet's code did not name, so the other fields are still checked. */
const NO_UNIT = '00000000-0000-4000-8000-000000000000';

/**
 * The rules of registering a worker (`checkWorkerRequest`, the same as `POST /api/workers`), after
 * the sheet's words are read: a unit code of the uploader's scope, gender and yes/no in either
 * language. `unitIds` maps each code in scope to its unit.
 */
export function checkRow(read: ReadCells, unitIds: ReadonlyMap<string, string>): CheckedRow {
  const { cells, lostDigits } = read;
  const problems: StoredProblem[] = lostDigits.map((field) =>
    problem(field, 'number_cell', 'the long number lost digits'),
  );
  const unitId =
    cells.unitCode === undefined
      ? undefined
      : (unitIds.get(cells.unitCode.toUpperCase()) ?? unitIds.get(cells.unitCode));
  if (cells.unitCode === undefined) problems.push(problem('unitCode', 'required', 'a unit code is required'));
  else if (!unitId) problems.push(problem('unitCode', 'unit_code', 'no unit with this code in your scope'));
  const gender = cells.gender === undefined ? undefined : genderOf(cells.gender);
  if (gender === null) problems.push(problem('gender', 'one_of', 'must be male or female (男 or 女)'));
  const migrantWorker = cells.migrantWorker === undefined ? false : yesNo(cells.migrantWorker);
  if (migrantWorker === null)
    problems.push(problem('migrantWorker', 'yes_no', 'must be yes or no (是 or 否)'));

  const checked = checkWorkerRequest({
    name: cells.name,
    idNumber: cells.idNumber,
    unitId: unitId ?? NO_UNIT,
    gender: gender ?? undefined,
    phone: cells.phone,
    bankAccount: cells.bankAccount,
    employer: cells.employer,
    address: cells.address,
    migrantWorker: migrantWorker ?? false,
  });
  for (const found of checked.problems) {
    // The registration request's fields are the sheet's columns, but for the unit (checked above).
    const field = found.field as WorkerImportColumn;
    // The sheet's number already says why it is wrong.
    if (lostDigits.includes(field) || found.field === 'unitId') continue;
    problems.push({ field, code: found.code, message: found.message });
  }
  if (problems.length > 0 || !unitId || migrantWorker === null) {
    const idNumber = checked.problems.some((p) => p.field === 'idNumber') ? null : checked.request.idNumber;
    return { ok: false, worker: null, problems, idNumber };
  }
  const request = checked.request;
  return {
    ok: true,
    problems: [],
    worker: {
      name: request.name,
      idNumber: request.idNumber,
      unitId,
      migrantWorker,
      phone: request.phone ?? null,
      bankAccount: request.bankAccount ?? null,
      employer: request.employer ?? null,
      address: request.address ?? null,
    },
  };
}

function genderOf(text: string): Gender | null {
  const word = text.toLowerCase();
  for (const language of IMPORT_LANGUAGES) {
    const words = IMPORT_GENDERS[language];
    if (word === words.male.toLowerCase()) return 'male';
    if (word === words.female.toLowerCase()) return 'female';
  }
  return null;
}

/** 是/否, yes/no, and what spreadsheets write for them (TRUE/FALSE, Y/N, 1/0). */
function yesNo(text: string): boolean | null {
  const word = text.toLowerCase();
  const yes = ['true', 'y', '1', ...IMPORT_LANGUAGES.map((l) => IMPORT_YES_NO[l].yes.toLowerCase())];
  const no = ['false', 'n', '0', ...IMPORT_LANGUAGES.map((l) => IMPORT_YES_NO[l].no.toLowerCase())];
  if (yes.includes(word)) return true;
  if (no.includes(word)) return false;
  return null;
}

function problem(field: WorkerImportColumn, code: string, message: string): StoredProblem {
  return { field, code, message };
}
