import { maskIdentityNumber } from './identity-number';

/**
 * The one masking rule for what is posted or shown to people who may not see it in full
 * (DOMAIN.md: 张*国, 341102********123X). Names keep their first and last character and mask
 * what lies between; a two-character name keeps its first (李*).
 */
export function maskName(name: string): string {
  const characters = Array.from(name.trim());
  if (characters.length <= 1) return '*';
  if (characters.length === 2) return `${characters[0]}*`;
  return `${characters[0]}${'*'.repeat(characters.length - 2)}${characters[characters.length - 1]}`;
}

export { maskIdentityNumber };
