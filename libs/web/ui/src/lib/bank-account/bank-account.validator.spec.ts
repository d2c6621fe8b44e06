import { FormControl, Validators } from '@angular/forms';
import { BANK_ACCOUNT_ERROR, bankAccountValidator } from './bank-account.validator';

describe('bankAccountValidator', () => {
  function errorsOf(value: string): unknown {
    return new FormControl(value, { validators: bankAccountValidator() }).errors;
  }

  it.each([
    '6222021234567890123',
    '6222 0212 3456 7890 123',
    '6217-0012-3456-7890',
    ' 6217001234567890 ',
    '1234567890',
    '1'.repeat(30),
  ])('accepts %s', (value) => {
    expect(errorsOf(value)).toBeNull();
  });

  it.each([
    '123456789',
    '1'.repeat(31),
    '6222 0212 3456 789A',
    '6222.0212.3456.7890',
    '６２２２０２１２３４５６',
  ])('rejects %s', (value) => {
    expect(errorsOf(value)).toEqual({ [BANK_ACCOUNT_ERROR]: true });
  });

  it('leaves an empty field alone (the account is optional)', () => {
    expect(errorsOf('')).toBeNull();
    expect(errorsOf('   ')).toBeNull();
    expect(new FormControl<string | null>(null, { validators: bankAccountValidator() }).errors).toBeNull();
    const required = new FormControl('', { validators: [Validators.required, bankAccountValidator()] });
    expect(required.errors).toEqual({ required: true });
  });
});
