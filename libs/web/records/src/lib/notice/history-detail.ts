import {
  OBJECTION_CHANNELS,
  UNIT_LEVELS,
  type ObjectionChannel,
  type UnitLevel,
} from '@worker-aid/shared/domain';

/** What a history entry's `detail` says, as far as the page shows it. */
export interface HistoryDetail {
  /** An approval step: its level, amount (fen) and whether it was final or went on. */
  level: UnitLevel | null;
  amount: number | null;
  final: boolean | null;
  /** An objection: how it came in. */
  receivedVia: ObjectionChannel | null;
}

/**
 * Reads an entry's `detail` (`{level, amount, final}` of an approval step, `{receivedVia}` of an
 * objection), keeping only values of the known shapes; null when there is nothing to show.
 */
export function readHistoryDetail(detail: unknown): HistoryDetail | null {
  if (typeof detail !== 'object' || detail === null) return null;
  const raw = detail as Record<string, unknown>;
  const read: HistoryDetail = {
    level: oneOf(UNIT_LEVELS, raw['level']),
    amount: typeof raw['amount'] === 'number' && Number.isInteger(raw['amount']) ? raw['amount'] : null,
    final: typeof raw['final'] === 'boolean' ? raw['final'] : null,
    receivedVia: oneOf(OBJECTION_CHANNELS, raw['receivedVia']),
  };
  return Object.values(read).some((value) => value !== null) ? read : null;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null;
}
