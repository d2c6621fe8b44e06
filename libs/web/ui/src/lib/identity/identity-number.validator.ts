import type { ErrorStateMatcher } from '@angular/material/core';
import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { checkIdentityNumber, type IdentityNumberError } from '@worker-aid/shared/domain';

/** The key under which a control carries the identity-number error: `{ identityNumber: 'checkCharacter' }`. */
export const IDENTITY_NUMBER_ERROR = 'identityNumber';

/**
 * The shared rule of the resident identity number (`checkIdentityNumber`), reporting which
 * part is wrong so the field can say it as the user types. An empty field passes: add
 * `Validators.required`. Translate with `identityNumberErrorKey`.
 */
export function identityNumberValidator(today: () => Date = () => new Date()): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = (control.value ?? '').trim();
    if (value === '') return null;
    const check = checkIdentityNumber(value, today());
    return check.valid ? null : { [IDENTITY_NUMBER_ERROR]: check.error };
  };
}

/** The translation key of an identity-number error, e.g. `idNumberErrors.checkCharacter`. */
export function identityNumberErrorKey(error: IdentityNumberError): string {
  return `idNumberErrors.${error}`;
}

/** The control's identity-number error, if any. */
export function identityNumberError(control: AbstractControl): IdentityNumberError | null {
  const error: unknown = control.getError(IDENTITY_NUMBER_ERROR);
  return typeof error === 'string' ? (error as IdentityNumberError) : null;
}

/**
 * Shows an identity-number error as soon as all 18 characters are typed (or the field was
 * left), so the number is checked as you type without scolding a half-typed one.
 */
export const identityNumberErrorState: ErrorStateMatcher = {
  isErrorState: (control: AbstractControl | null) =>
    !!control && control.invalid && (control.touched || String(control.value ?? '').length >= 18),
};
