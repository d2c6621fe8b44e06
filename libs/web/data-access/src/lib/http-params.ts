import { HttpParams } from '@angular/common/http';

/**
 * Query parameters of a list: the filters that have a value (empty strings and undefined are left
 * out, so "all" never reaches the API as `type=`), the page size and the keyset cursor.
 */
export function listParams(
  query: object,
  cursor: string | null = null,
  limit: number | null = null,
): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  if (limit !== null) params = params.set('limit', limit);
  if (cursor) params = params.set('cursor', cursor);
  return params;
}

/** A path segment (an id) made safe for a URL. */
export const segment = encodeURIComponent;
