import type { Page } from '@worker-aid/shared/domain';
import { encodeCursor } from './cursor';

/**
 * A keyset page from the rows a list read — one more than `limit`, to tell whether another page
 * follows. `keyOf` gives the sort key of a row, which the next page's cursor carries.
 */
export function paginate<Row, Item>(
  rows: readonly Row[],
  limit: number,
  keyOf: (row: Row) => readonly (string | number)[],
  toItem: (row: Row) => Item,
): Page<Item> {
  const page = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(keyOf(page[page.length - 1])) : null;
  return { items: page.map(toItem), nextCursor };
}

/** How many rows a list reads for a page of `limit`: one more, for `paginate`. */
export function rowsForPage(limit: number): number {
  return limit + 1;
}
