import { InjectionToken } from '@angular/core';
import { isImportBusy, type ImportDetail } from '@worker-aid/shared/domain';
import { EMPTY, expand, type Observable, retry, switchMap, timer } from 'rxjs';

/** How long the import page waits between two reads of a busy import. */
export const IMPORT_POLL_MS = new InjectionToken<number>('IMPORT_POLL_MS', {
  providedIn: 'root',
  factory: () => 1000,
});

/** A read while polling may fail this often (a network blip) before the page says so. */
const POLL_RETRIES = 3;

/**
 * The import now, then again `pollMs` after each answer while a background job works on it
 * (`isImportBusy`); completes once it rests. Unsubscribing stops the polling and cancels the
 * request in flight.
 */
export function watchImport(
  read: (id: string) => Observable<ImportDetail>,
  id: string,
  pollMs: number,
): Observable<ImportDetail> {
  const again = (): Observable<ImportDetail> =>
    timer(pollMs).pipe(switchMap(() => read(id).pipe(retry({ count: POLL_RETRIES, delay: pollMs }))));
  return read(id).pipe(expand((detail) => (isImportBusy(detail.status) ? again() : EMPTY)));
}
