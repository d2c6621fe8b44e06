import { HttpErrorResponse } from '@angular/common/http';
import { problemMessageKey, showServerErrors, toApiProblem } from '@worker-aid/web/core';
import { formPath, type HouseholdForm } from './household-form';

/** What the page says after the API refused a household. */
export interface HouseholdProblem {
  /** The heading of the error box; null when the fields say it all. */
  errorKey: string | null;
  /** Rules the API named that no field shows. */
  details: string[];
  /** `file.exists`: the worker's file that is not over, to link to. */
  existingFileId: string | null;
}

/**
 * Puts the API's field rules on the household's controls (`members[1].birthYear` on the second
 * member's birth year) and says the rest: the error's code, and for `file.exists` the open file.
 */
export function householdProblem(form: HouseholdForm, error: unknown): HouseholdProblem {
  const problem = toApiProblem(error);
  if (problem.code === 'file.exists') {
    const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
    const id = typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : null;
    return {
      errorKey: problemMessageKey(problem),
      details: [],
      existingFileId: typeof id === 'string' ? id : null,
    };
  }
  const fieldErrors = Object.fromEntries(
    Object.entries(problem.fieldErrors).map(([path, keys]) => [formPath(path), keys]),
  );
  const details = showServerErrors(form, { ...problem, fieldErrors });
  const fieldsSayIt = details.length === 0 && Object.keys(fieldErrors).length > 0;
  return { errorKey: fieldsSayIt ? null : problemMessageKey(problem), details, existingFileId: null };
}
