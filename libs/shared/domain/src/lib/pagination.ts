export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;

/** A keyset-paginated list (API.md "Conventions"). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
