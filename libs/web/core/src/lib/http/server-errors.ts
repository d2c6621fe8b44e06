import { AbstractControl, FormGroup } from '@angular/forms';
import { ApiProblem } from './api-error';

/** The validation error key under which a control carries the API's rule text. */
export const SERVER_ERROR = 'server';

/**
 * Puts the API's per-field messages on the form's controls (as `{ server: "rule text" }`,
 * cleared by the next edit) and marks them touched so `<mat-error>` shows them.
 * Returns the messages that belong to no control.
 */
export function showServerErrors(form: FormGroup, problem: ApiProblem): string[] {
  const rest = [...problem.messages];
  for (const [field, rules] of Object.entries(problem.fieldErrors)) {
    const control: AbstractControl | null = form.get(field);
    if (!control) {
      rest.push(...rules.map((rule) => `${field}: ${rule}`));
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR]: rules.join('; ') });
    control.markAsTouched();
  }
  return rest;
}
