import { computed, DestroyRef, inject, signal, type Signal } from '@angular/core';
import type { Page } from '@worker-aid/shared/domain';
import { type Observable, Subject } from 'rxjs';
import { loadLatest, notifyFailure } from './load-latest';
import { Notifier } from '../notify/notifier';

/** A list read in keyset pages ("load more"), for one query at a time. */
export interface KeysetList<Q, T> {
  /** The rows of `query()`, page after page. */
  readonly items: Signal<T[]>;
  /** The query the rows answer (null before the first answer). */
  readonly query: Signal<Q | null>;
  /** Another page of `query()` can be loaded. */
  readonly hasMore: Signal<boolean>;
  readonly loading: Signal<boolean>;
  /** Shows the first page of `query`; cancels whatever is loading. */
  load(query: Q): void;
  /** The first page of the query shown (or being loaded) again. */
  reload(): void;
  /** Appends the next page of the query shown; does nothing while a request runs or at the end. */
  more(): void;
}

export interface KeysetListOptions<Q, T> {
  /** One page of `query` after `cursor` (null: the first page). */
  fetch: (query: Q, cursor: string | null) => Observable<Page<T>>;
  /** A failed request (default: a translated snack bar). A failed first page also empties the list. */
  error?: (error: unknown) => void;
  destroyRef?: DestroyRef;
}

interface PageRequest<Q> {
  query: Q;
  cursor: string | null;
}

/**
 * The state of a filtered list with "load more", on `loadLatest`: a new query cancels the request
 * in flight — also a "load more" of the previous query — so an old answer never replaces or joins
 * the new list, and "load more" always asks for the next page of the query the rows belong to.
 */
export function keysetList<Q, T>(options: KeysetListOptions<Q, T>): KeysetList<Q, T> {
  const destroyRef = options.destroyRef ?? inject(DestroyRef);
  const onError = options.error ?? notifyFailure(inject(Notifier));
  const items = signal<T[]>([]);
  const query = signal<Q | null>(null);
  const nextCursor = signal<string | null>(null);
  const loading = signal(false);
  const requests = new Subject<PageRequest<Q>>();
  /** The query of the latest request: what "reload" and "load more" mean. */
  let current: Q | null = null;

  loadLatest(requests, (request) => options.fetch(request.query, request.cursor), {
    destroyRef,
    loading,
    next: (page, request) => {
      items.update((rows) => (request.cursor ? [...rows, ...page.items] : page.items));
      query.set(request.query);
      nextCursor.set(page.nextCursor);
    },
    error: (error, request) => {
      if (!request.cursor) {
        // Rows of another query under the new filters would mislead.
        items.set([]);
        query.set(request.query);
        nextCursor.set(null);
      }
      onError(error);
    },
  });

  return {
    items: items.asReadonly(),
    query: query.asReadonly(),
    hasMore: computed(() => nextCursor() !== null),
    loading: loading.asReadonly(),
    load(next: Q): void {
      current = next;
      requests.next({ query: next, cursor: null });
    },
    reload(): void {
      if (current !== null) requests.next({ query: current, cursor: null });
    },
    more(): void {
      const cursor = nextCursor();
      const shown = query();
      if (loading() || cursor === null || shown === null || shown !== current) return;
      requests.next({ query: shown, cursor });
    },
  };
}
