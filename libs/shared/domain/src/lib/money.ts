/**
 * Money is whole fen (分, 0.01 yuan) from end to end: an integer, never a float.
 * `Fen` is a plain number branded so that yuan and fen are not mixed up by accident.
 */
export type Fen = number & { readonly __unit: 'fen' };

/** Fen must stay exact in a JavaScript number (and fit PostgreSQL's bigint). */
export const MAX_FEN = Number.MAX_SAFE_INTEGER;

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function fen(value: number): Fen {
  if (!isFen(value)) throw new RangeError(`not a whole, non-negative number of fen: ${value}`);
  return value;
}

/** Parses yuan as typed by a person ("1,234.5", "¥80", "0.05") into fen, exactly; null if it is not an amount. */
export function parseYuan(text: string): Fen | null {
  const match = /^\s*[¥￥]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const yuan = match[1].replace(/,/g, '');
  const cents = (match[2] ?? '').padEnd(2, '0');
  const value = Number(yuan) * 100 + Number(cents);
  return isFen(value) ? (value as Fen) : null;
}

/** `¥1,234.50` */
export function formatFen(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}¥${formatYuan(Math.abs(amount))}`;
}

/** `1,234.50`, without the currency sign (for tables whose header says 元). */
export function formatYuan(amount: number): string {
  const abs = Math.abs(amount);
  const yuan = Math.trunc(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${amount < 0 ? '-' : ''}${yuan}.${cents}`;
}
