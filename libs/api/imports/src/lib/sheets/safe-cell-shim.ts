// TODO(imports): switch to `neutraliseCell` from `@worker-aid/api/core` once it is exported there,
// and delete this file.

/** A leading `=`, `+`, `-`, `@`, tab or carriage return would make a spreadsheet read a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A value as a spreadsheet shows it, never as a formula (API.md "Imports"): a string that begins
 * like a formula gets a leading apostrophe; anything else is returned as it is.
 */
export function neutraliseCell(value: string): string;
export function neutraliseCell<T>(value: T): T;
export function neutraliseCell(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
