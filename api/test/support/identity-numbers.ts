import { checkCharacterOf } from '@worker-aid/shared/domain';

let sequence = 100;

/** A fresh valid identity number (Chuzhou region, 341102) for the given birth date and gender. */
export function identityNumber(birth = '19800615', gender: 'male' | 'female' = 'male'): string {
  sequence += 1;
  const base = sequence % 500;
  const sequenceDigits = String(base * 2 + (gender === 'male' ? 1 : 0))
    .padStart(3, '0')
    .slice(-3);
  const first17 = `341102${birth}${sequenceDigits}`;
  return first17 + checkCharacterOf(first17);
}
