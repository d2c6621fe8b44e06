/**
 * The bank account aid is paid into (银行账号): a card or passbook number. Card numbers are
 * 16–19 digits, passbook and company accounts differ by bank, so the rule is only 10–30 digits;
 * people type them in groups of four, so spaces and hyphens are dropped first.
 */
const BANK_ACCOUNT = /^[0-9]{10,30}$/;

export const BANK_ACCOUNT_RULE = 'must be 10–30 digits (spaces and hyphens are ignored)';

/** The digits of an account number, or null when it is not one. */
export function normalizeBankAccount(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return BANK_ACCOUNT.test(digits) ? digits : null;
}

/** `6222 **** **** 0123`: the bank's prefix and the last four digits, as on a bank slip. */
export function maskBankAccount(account: string): string {
  return `${account.slice(0, 4)} **** **** ${account.slice(-4)}`;
}
