import { maskBankAccount, normalizeBankAccount } from './bank-account';

describe('bank account', () => {
  it('keeps the digits of a number typed in groups', () => {
    expect(normalizeBankAccount('6222 0212 3456 7890 123')).toBe('6222021234567890123');
    expect(normalizeBankAccount('6217-0012-3456-7890')).toBe('6217001234567890');
  });

  it('refuses what is not an account number', () => {
    for (const input of ['', '123456789', '6222 0212 3456 789X', '1'.repeat(31), '六二二二0212345678']) {
      expect(normalizeBankAccount(input)).toBeNull();
    }
  });

  it('shows only the bank prefix and the last four digits', () => {
    expect(maskBankAccount('6222021234567890123')).toBe('6222 **** **** 0123');
    expect(maskBankAccount('6222021234567890123')).not.toContain('1234567');
  });
});
