import { BankAccountPipe, groupBankAccount } from './bank-account.pipe';

describe('groupBankAccount', () => {
  it('groups the digits in fours, the last group as long as it is', () => {
    expect(groupBankAccount('6222021234567890123')).toBe('6222 0212 3456 7890 123');
    expect(groupBankAccount('6217001234567890')).toBe('6217 0012 3456 7890');
    expect(groupBankAccount('1234567890')).toBe('1234 5678 90');
  });

  it('leaves a masked account and null as they are', () => {
    expect(groupBankAccount('6222 **** **** 0123')).toBe('6222 **** **** 0123');
    expect(new BankAccountPipe().transform(null)).toBeNull();
  });
});
