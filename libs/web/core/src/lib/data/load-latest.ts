import { DestroyRef, inject, type WritableSignal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, finalize, map, type Observable, of, switchMap } from 'rxjs';
import { Notifier } from '../notify/notifier';

/** How `loadLatest` reports. */
export interface LoadLatestOptions<K, T> {
  /** The answer to the latest key. */
  next: (value: T, key: K) => void;
  /** The latest key's request failed (default: a translated snack bar). */
  error?: (error: unknown, key: K) => void;
  /** True while the latest key's request runs. */
  loading?: WritableSignal<boolean>;
  /** Outside an injection context: when to stop. */
  destroyRef?: DestroyRef;
}

type Outcome<K, T> = { key: K; ok: true; value: T } | { key: K; ok: false; error: unknown };

/**
 * How every page loads data: for each value of `keys` (an id, a filter, a reload tick) it
 * requests `fetch(key)` and **cancels the request of the previous key** (`switchMap`, which also
 * aborts the HTTP call), so a slow answer to an old key can never overwrite the answer to a new
 * one. A failure is reported and the stream goes on with the next key; everything stops when the
 * component is destroyed (`takeUntilDestroyed`). Call it in an injection context (a field
 * initializer or the constructor) or pass `destroyRef`.
 */
export function loadLatest<K, T>(
  keys: Observable<K>,
  fetch: (key: K) => Observable<T>,
  options: LoadLatestOptions<K, T>,
): void {
  const destroyRef = options.destroyRef ?? inject(DestroyRef);
  const onError = options.error ?? notifyFailure(inject(Notifier));
  let latest = 0;
  keys
    .pipe(
      switchMap((key) => {
        const request = ++latest;
        options.loading?.set(true);
        return fetch(key).pipe(
          map((value): Outcome<K, T> => ({ key, ok: true, value })),
          catchError((error: unknown) => of<Outcome<K, T>>({ key, ok: false, error })),
          // Not when a newer key took over: its own request is loading now.
          finalize(() => {
            if (request === latest) options.loading?.set(false);
          }),
        );
      }),
      takeUntilDestroyed(destroyRef),
    )
    .subscribe((outcome) => {
      if (outcome.ok) options.next(outcome.value, outcome.key);
      else onError(outcome.error, outcome.key);
    });
}

/** The default error handler: a translated snack bar. */
export function notifyFailure(notifier: Notifier): (error: unknown) => void {
  return (error) => notifier.failure(error);
}
