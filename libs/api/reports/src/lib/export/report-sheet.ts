/** A cell of a sheet: text, or a count. */
export type SheetCell = string | number;

/** One table of a sheet: its heading row and its rows. */
export interface SheetSection {
  headers: string[];
  rows: SheetCell[][];
}

/**
 * A report laid out for a file when it is more than one table (the files report): a title, the
 * filters it was made with, then its tables one below the other.
 */
export interface ReportSheet {
  title: string;
  /** Label and value pairs printed above the tables. */
  filters: [string, string][];
  sections: SheetSection[];
  /** A file name without extension, ASCII only. */
  fileName: string;
}
