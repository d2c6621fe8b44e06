import { Pipe, PipeTransform } from '@angular/core';

/**
 * A full bank account in groups of four for reading it out, `6222 0212 3456 7890 123`.
 * A masked account (`6222 **** **** 0123`) and null pass through as they are.
 */
export function groupBankAccount(account: string): string;
export function groupBankAccount(account: string | null): string | null;
export function groupBankAccount(account: string | null): string | null {
  return account === null ? null : account.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** `{{ account | waBankAccount }}`: see `groupBankAccount`. */
@Pipe({ name: 'waBankAccount' })
export class BankAccountPipe implements PipeTransform {
  transform(account: string | null): string | null {
    return groupBankAccount(account);
  }
}
