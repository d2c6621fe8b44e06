import { AbstractControl, FormGroup } from '@angular/forms';
import { ApiProblem } from './api-error';

/** The validation error key under which a control carries the translation key of the API's rule. */
export const SERVER_ERROR = 'server';

/**
 * Puts the API's per-field rules on the form's controls (as `{ server: "fieldErrors.max_length" }`,
 * cleared by the next edit) and marks them touched so `<mat-error>` shows them.
 * Returns the translation keys that belong to no control.
 */
export function showServerErrors(form: FormGroup, problem: ApiProblem): string[] {
  const rest = [...problem.messages];
  for (const [field, keys] of Object.entries(problem.fieldErrors)) {
    const control: AbstractControl | null = form.get(field);
    if (!control) {
      rest.push(...keys);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR]: keys[0] });
    control.markAsTouched();
  }
  return rest;
}
