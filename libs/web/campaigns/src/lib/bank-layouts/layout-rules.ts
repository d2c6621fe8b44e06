import {
  BANK_FILE_FIELDS,
  BANK_FILE_REQUIRED_FIELDS,
  type BankFileColumn,
  type BankFileField,
  type BankLayoutRequest,
} from '@worker-aid/shared/domain';

/*
 * The rules of a bank's payroll layout as the API checks them (API.md "Campaigns and batches";
 * required fields present, fields distinct, headings 1–30 characters and distinct), so the
 * editor says what is wrong before saving. Pure functions: they could move to the shared domain
 * as they are.
 */

/** Longest heading the bank's files may have (the API's limit). */
export const BANK_LAYOUT_HEADING_MAX = 30;
/** Longest bank name. */
export const BANK_NAME_MAX = 50;

/** The result file's headings, in the order the editor shows them. */
export const RESULT_HEADINGS = ['lineRef', 'status', 'paidValue', 'reason'] as const;
export type ResultHeading = (typeof RESULT_HEADINGS)[number];

/** What is wrong with a layout: a translation key under `batches.layouts.problems` and its values. */
export interface LayoutProblem {
  key: string;
  params?: Record<string, string | number>;
}

function badText(text: string, max: number): boolean {
  const trimmed = text.trim();
  return trimmed.length === 0 || trimmed.length > max;
}

/** Everything wrong with `layout`; empty when the API would take it. */
export function layoutProblems(layout: BankLayoutRequest): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  if (badText(layout.bankName, BANK_NAME_MAX)) {
    problems.push({ key: 'batches.layouts.problems.bankName', params: { max: BANK_NAME_MAX } });
  }
  if (layout.columns.length === 0) problems.push({ key: 'batches.layouts.problems.noColumns' });
  const fields = layout.columns.map((column) => column.field);
  for (const field of BANK_FILE_REQUIRED_FIELDS) {
    if (!fields.includes(field))
      problems.push({ key: 'batches.layouts.problems.missingField', params: { field } });
  }
  for (const field of duplicates(fields)) {
    problems.push({ key: 'batches.layouts.problems.duplicateField', params: { field } });
  }
  layout.columns.forEach((column, i) => {
    if (badText(column.heading, BANK_LAYOUT_HEADING_MAX)) {
      problems.push({
        key: 'batches.layouts.problems.heading',
        params: { column: i + 1, max: BANK_LAYOUT_HEADING_MAX },
      });
    }
  });
  for (const heading of duplicates(layout.columns.map((column) => column.heading.trim()).filter(Boolean))) {
    problems.push({ key: 'batches.layouts.problems.duplicateHeading', params: { heading } });
  }
  for (const name of RESULT_HEADINGS) {
    if (badText(layout.resultColumns[name], BANK_LAYOUT_HEADING_MAX)) {
      problems.push({
        key: 'batches.layouts.problems.resultHeading',
        params: { name, max: BANK_LAYOUT_HEADING_MAX },
      });
    }
  }
  const { lineRef, status, reason } = layout.resultColumns;
  for (const heading of duplicates([lineRef, status, reason].map((text) => text.trim()).filter(Boolean))) {
    problems.push({ key: 'batches.layouts.problems.duplicateResultHeading', params: { heading } });
  }
  return problems;
}

/** The values seen more than once, each once, in the order of their second sighting. */
function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const twice = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) twice.add(value);
    seen.add(value);
  }
  return [...twice];
}

/** The layout as the API takes it: texts trimmed. */
export function cleanLayout(layout: BankLayoutRequest): BankLayoutRequest {
  return {
    bankName: layout.bankName.trim(),
    columns: layout.columns.map((column) => ({ field: column.field, heading: column.heading.trim() })),
    resultColumns: {
      lineRef: layout.resultColumns.lineRef.trim(),
      status: layout.resultColumns.status.trim(),
      reason: layout.resultColumns.reason.trim(),
      paidValue: layout.resultColumns.paidValue.trim(),
    },
  };
}

/** The columns with the one at `index` moved by `by` places (±1), or as they were at an end. */
export function moveColumn(columns: readonly BankFileColumn[], index: number, by: -1 | 1): BankFileColumn[] {
  const target = index + by;
  const moved = [...columns];
  if (index < 0 || index >= columns.length || target < 0 || target >= columns.length) return moved;
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}

/** The first field not yet in the layout, for a new column (null when all are). */
export function nextFreeField(columns: readonly BankFileColumn[]): BankFileField | null {
  const used = new Set(columns.map((column) => column.field));
  return BANK_FILE_FIELDS.find((field) => !used.has(field)) ?? null;
}
