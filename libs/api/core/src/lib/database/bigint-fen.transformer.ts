import type { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL `bigint` columns of money: pg returns them as strings; the API works in
 * whole fen as JavaScript numbers, exact up to 2^53 − 1.
 */
export const bigintFen: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const fen = Number(value);
    if (!Number.isSafeInteger(fen)) throw new RangeError(`amount ${value} is beyond exact integer range`);
    return fen;
  },
};
