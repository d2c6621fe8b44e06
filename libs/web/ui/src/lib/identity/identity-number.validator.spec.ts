import { FormControl, Validators } from '@angular/forms';
import { checkCharacterOf } from '@worker-aid/shared/domain';
import {
  identityNumberError,
  identityNumberErrorKey,
  identityNumberValidator,
} from './identity-number.validator';

const today = () => new Date('2026-11-24T00:00:00Z');
const first17 = '34110219900307123';
const valid = first17 + checkCharacterOf(first17);
const wrongCheck = first17 + (checkCharacterOf(first17) === '0' ? '1' : '0');

describe('identityNumberValidator', () => {
  function errorFor(value: string): string | null {
    const control = new FormControl(value, { validators: identityNumberValidator(today) });
    return identityNumberError(control);
  }

  it('accepts a valid number, in any case of X and with spaces around', () => {
    expect(errorFor(valid)).toBeNull();
    expect(errorFor(` ${valid} `)).toBeNull();
  });

  it('leaves an empty field to Validators.required', () => {
    const control = new FormControl('', {
      validators: [Validators.required, identityNumberValidator(today)],
    });
    expect(control.errors).toEqual({ required: true });
  });

  it.each([
    ['3411021990', 'length'],
    ['34110219900307123A', 'format'],
    ['001102199003071234', 'region'],
    ['341102199002301234', 'birthDate'],
    ['341102203001011234', 'birthDate'],
    [wrongCheck, 'checkCharacter'],
  ])('says what is wrong with %s: %s', (value, error) => {
    expect(errorFor(value)).toBe(error);
  });

  it('names the translation of each error', () => {
    expect(identityNumberErrorKey('checkCharacter')).toBe('idNumberErrors.checkCharacter');
  });
});
