import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { normalizeBankAccount } from '@worker-aid/shared/domain';

/** The key under which a control carries the bank-account error: `{ bankAccount: true }`. */
export const BANK_ACCOUNT_ERROR = 'bankAccount';

/**
 * The shared rule of the bank account aid is paid into (`normalizeBankAccount`: 10–30 digits,
 * spaces and hyphens ignored). An empty field passes: the account is optional, add
 * `Validators.required` where it is not. Send `normalizeBankAccount(value)`, the digits.
 */
export function bankAccountValidator(): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = (control.value ?? '').trim();
    if (value === '') return null;
    return normalizeBankAccount(value) === null ? { [BANK_ACCOUNT_ERROR]: true } : null;
  };
}
