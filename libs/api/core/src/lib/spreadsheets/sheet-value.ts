/**
 * The values read from uploaded sheets. Defends the code that checks them against surprises:
 * a cell is only ever text, a number, a yes/no or nothing (a formula arrives as its text, a date
 * as `YYYY-MM-DD`), never an object of the spreadsheet library's.
 */

/** What a cell of an uploaded sheet reads as: text, a number, a yes/no, or nothing. */
export type SheetValue = string | number | boolean | null;

/** A row of an uploaded sheet: its row number in the sheet (the headings are row 1) and its cells from column A. */
export interface SheetRow {
  row: number;
  cells: SheetValue[];
}

/** The formats an upload may be, told from its content by `inspectSheetUpload`. */
export type SheetFormat = 'xlsx' | 'csv';
