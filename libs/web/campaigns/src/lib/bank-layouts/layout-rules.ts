import {
  BANK_FILE_FIELDS,
  BANK_HEADING_MAX_LENGTH,
  BANK_NAME_MAX_LENGTH,
  BANK_RESULT_HEADINGS,
  bankLayoutProblems,
  type BankFileColumn,
  type BankLayoutProblemKind,
  type BankResultHeading,
  type BankFileField,
  type BankLayoutRequest,
} from '@worker-aid/shared/domain';

/** Longest heading and bank name: the shared domain's limits, as the editor shows them. */
export const BANK_LAYOUT_HEADING_MAX = BANK_HEADING_MAX_LENGTH;
export const BANK_NAME_MAX = BANK_NAME_MAX_LENGTH;

/** The result file's headings, in the order the editor shows them. */
export const RESULT_HEADINGS = BANK_RESULT_HEADINGS;
export type ResultHeading = BankResultHeading;

/** What is wrong with a layout: a translation key under `batches.layouts.problems` and its values. */
export interface LayoutProblem {
  key: string;
  params?: Record<string, string | number>;
}

const PROBLEM_KEYS: Record<BankLayoutProblemKind, string> = {
  bank_name: 'bankName',
  no_columns: 'noColumns',
  missing_field: 'missingField',
  duplicate_field: 'duplicateField',
  heading: 'heading',
  duplicate_heading: 'duplicateHeading',
  result_heading: 'resultHeading',
  duplicate_result_heading: 'duplicateResultHeading',
};

/** Everything wrong with `layout` as the API sees it (`bankLayoutProblems`), in the editor's words. */
export function layoutProblems(layout: BankLayoutRequest): LayoutProblem[] {
  return bankLayoutProblems(layout).map(({ problem, params }) => ({
    key: `batches.layouts.problems.${PROBLEM_KEYS[problem]}`,
    ...(Object.keys(params).length > 0 && { params }),
  }));
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
