import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { formatYuan, parseYuan, type Fen } from '@worker-aid/shared/domain';

/**
 * Money fields hold what the user types, in yuan ("1,234.5", "¥80"); the form converts it to
 * whole fen with `parseYuan` (string arithmetic, never a float multiplication) when it saves.
 */

/** Fen typed as yuan, or null when the text is not an amount (empty included). */
export function yuanToFen(text: string | null | undefined): Fen | null {
  return parseYuan(text ?? '');
}

/** The text a money field starts with for an amount in fen: `1234.50`, no grouping, no sign. */
export function fenToYuanText(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '' : formatYuan(amount).replace(/,/g, '');
}

/**
 * An amount in yuan with at most two decimals (`{ yuan: true }` otherwise); with `maxFen`, no
 * more than that (`{ yuanMax: { max } }`). An empty field passes: add `Validators.required`.
 */
export function yuanValidator(maxFen?: () => number | null): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const text = control.value ?? '';
    if (text.trim() === '') return null;
    const amount = parseYuan(text);
    if (amount === null) return { yuan: true };
    const max = maxFen?.() ?? null;
    if (max !== null && amount > max) return { yuanMax: { max } };
    return null;
  };
}
