import { checkCharacterOf } from '@worker-aid/shared/domain';

/** Region 110101 (北京市东城区): the seed uses 341102 only, so these never collide with seeded workers. */
const REGION = '110101';
const FIRST_BIRTH_DAY = Date.UTC(1970, 0, 1);
const DAY_MS = 86_400_000;

/**
 * Fresh valid resident identity numbers for registering workers: the n-th has birth date
 * 1970-01-01 + ⌊n / 1000⌋ days and sequence n mod 1000, so every one is new within a run.
 */
export class IdentityNumbers {
  private next = 0;

  take(): string {
    const n = this.next++;
    const birth = new Date(FIRST_BIRTH_DAY + Math.floor(n / 1000) * DAY_MS)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, '');
    const first17 = `${REGION}${birth}${String(n % 1000).padStart(3, '0')}`;
    return first17 + checkCharacterOf(first17);
  }
}
