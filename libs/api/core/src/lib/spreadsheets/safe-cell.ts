/**
 * Safe cells: defends every csv and xlsx the API writes against formula (CSV) injection.
 * A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` (and, in some programs, a
 * tab or a carriage return before them) as a formula, so text the API did not write itself,
 * such as a unit's name `=HYPERLINK("http://evil", "click")`, gets a leading apostrophe
 * (OWASP "CSV Injection"). Numbers, booleans and empty cells are values, never formulas.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** A string that a spreadsheet would run as a formula, with a leading `'`; anything else as it is. */
export function neutraliseCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Text as a spreadsheet shows it, never as a formula: the name the report writers use for
 * {@link neutraliseCell} (API.md "Imports": every xlsx and csv neutralises such values).
 */
export const plainText = neutraliseCell;
