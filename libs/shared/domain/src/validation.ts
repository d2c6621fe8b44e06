/**
 * class-validator decorators for the domain's rules, used by the API's DTOs. A separate entry
 * point (`@worker-aid/shared/domain/validation`) so that the web app does not bundle class-validator.
 */
import { registerDecorator, ValidationOptions } from 'class-validator';
import { checkIdentityNumber, IDENTITY_NUMBER_ERRORS } from './lib/identity-number';
import { isFen } from './lib/money';
import { BANK_ACCOUNT_RULE, normalizeBankAccount } from './lib/bank-account';

/** A whole, non-negative number of fen that stays exact (integer, ≤ 2^53 − 1). */
export function IsFen(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isFen',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be a whole, non-negative number of fen', ...options },
      validator: { validate: (value: unknown) => isFen(value) },
    });
}

/** An 18-character resident identity number; the message names the rule it breaks. */
export function IsResidentId(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isResidentId',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && checkIdentityNumber(value).valid,
        defaultMessage: (args) => {
          const check = typeof args?.value === 'string' ? checkIdentityNumber(args.value) : null;
          return check && !check.valid ? IDENTITY_NUMBER_ERRORS[check.error] : 'must be a string';
        },
      },
    });
}

/** A bank account number: 10–30 digits once spaces and hyphens are dropped. */
export function IsBankAccount(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isBankAccount',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: BANK_ACCOUNT_RULE, ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && normalizeBankAccount(value) === value,
      },
    });
}
