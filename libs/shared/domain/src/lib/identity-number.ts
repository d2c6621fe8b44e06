import { isCalendarDay, wholeYearsBetween } from './calendar-days';
/**
 * The 18-character resident identity number (居民身份证号码, GB 11643-1999): a six-digit
 * region code, the birth date YYYYMMDD, a three-digit sequence (odd for men, even for women)
 * and a check character by ISO 7064 MOD 11-2 (0–9 or X).
 */
export type IdentityNumberError = 'length' | 'format' | 'region' | 'birthDate' | 'checkCharacter';

export type IdentityNumberCheck =
  | { valid: true; normalized: string; birthDate: string; gender: 'male' | 'female' }
  | { valid: false; error: IdentityNumberError };

/** What each error means, for API messages (`idNumber: …`). */
export const IDENTITY_NUMBER_ERRORS: Readonly<Record<IdentityNumberError, string>> = {
  length: 'must be 18 characters',
  format: 'must be 17 digits followed by a digit or X',
  region: 'region code is not valid',
  birthDate: 'birth date is not a real date in the past',
  checkCharacter: 'check digit does not match',
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
/** Province-level codes (the first two digits) of GB/T 2260, with Taiwan, Hong Kong and Macao. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83,
]);

export function checkCharacterOf(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return CHECK_CHARACTERS[sum % 11];
}

export function checkIdentityNumber(input: string, today: Date = new Date()): IdentityNumberCheck {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) return { valid: false, error: 'length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { valid: false, error: 'format' };
  if (!PROVINCES.has(Number(value.slice(0, 2))) || value.slice(2, 6) === '0000')
    return { valid: false, error: 'region' };
  const birthDate = realDate(value.slice(6, 14));
  if (!birthDate || birthDate > isoDay(today) || birthDate < '1900-01-01')
    return { valid: false, error: 'birthDate' };
  if (checkCharacterOf(value.slice(0, 17)) !== value[17]) return { valid: false, error: 'checkCharacter' };
  return {
    valid: true,
    normalized: value,
    birthDate,
    gender: Number(value[16]) % 2 === 1 ? 'male' : 'female',
  };
}

export function isValidIdentityNumber(input: string): boolean {
  return checkIdentityNumber(input).valid;
}

/** `341102********123X`: the region code and the last four characters, never the birth date. */
export function maskIdentityNumber(value: string): string {
  return value.length === 18 ? `${value.slice(0, 6)}********${value.slice(14)}` : '******************';
}

/** Whole years of age on `today` of someone born on `birthDate` (YYYY-MM-DD). */
export function ageOn(birthDate: string, today: Date = new Date()): number {
  return wholeYearsBetween(birthDate, isoDay(today));
}

function realDate(yyyymmdd: string): string | null {
  const day = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  return isCalendarDay(day) ? day : null;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
