/** The multiples the select offers, in tenths: 1.0 to 3.0 in steps of 0.1 (API.md). */
export const MULTIPLE_TENTHS: readonly number[] = Array.from({ length: 21 }, (_, i) => 10 + i);
export const DEFAULT_MULTIPLE_TENTHS = 20;
export const DEFAULT_SUDDEN_SHARE = 80;
export const MIN_SUDDEN_SHARE = 1;
export const MAX_SUDDEN_SHARE = 100;

/** A multiple in tenths as the API's number (15 → 1.5): one division, exact to one decimal. */
export function multipleOfTenths(tenths: number): number {
  return Number((tenths / 10).toFixed(1));
}

/** `×2.0` */
export function multipleText(multiple: number): string {
  return `×${multiple.toFixed(1)}`;
}
