import type { FormGroup } from '@angular/forms';
import { problemMessageKey, showServerErrors, toApiProblem } from '@worker-aid/web/core';

/** What an error box says about a failed call: its heading and further lines, as translation keys. */
export interface ShownProblem {
  key: string;
  details: string[];
}

/**
 * A failed call taken apart for a form: the rules the API names for the form's fields go on the
 * fields; the rest (or, when no field took anything, the error's code) goes to the error box.
 * Null when the fields show everything.
 */
export function formProblem(
  error: unknown,
  form?: FormGroup,
  fields?: readonly string[],
): ShownProblem | null {
  const problem = toApiProblem(error, fields);
  const general = form ? showServerErrors(form, problem) : problem.messages;
  if (form && general.length === 0 && Object.keys(problem.fieldErrors).length > 0) return null;
  return { key: problemMessageKey(problem), details: general };
}
