import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, type Observable, of, throwError } from 'rxjs';
import type { PutStandardRequest, StandardView } from '@worker-aid/shared/domain';
import { listParams } from './http-params';

export const STANDARDS_URL = '/api/standards';
export const STANDARDS_HISTORY_URL = '/api/standards/history';

/** `/api/standards`: the local minimum-living standards (低保标准) per unit, by effective day. */
@Injectable({ providedIn: 'root' })
export class StandardsApi {
  private readonly http = inject(HttpClient);

  /** The standard in force for `unitId` on `on` (`YYYY-MM-DD`, default today); null when there is none. */
  get(unitId: string, on?: string): Observable<StandardView | null> {
    return this.http
      .get<StandardView>(STANDARDS_URL, { params: listParams({ unitId, on }) })
      .pipe(catchError((error: unknown) => (isNoStandard(error) ? of(null) : throwError(() => error))));
  }

  /** Every standard the unit itself set, as the API lists them. */
  history(unitId: string): Observable<StandardView[]> {
    return this.http.get<StandardView[]>(STANDARDS_HISTORY_URL, { params: listParams({ unitId }) });
  }

  set(request: PutStandardRequest): Observable<StandardView> {
    return this.http.put<StandardView>(STANDARDS_URL, request);
  }
}

/** The 404 that says the unit has no standard in force (not one for a unit out of scope). */
function isNoStandard(error: unknown): boolean {
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  return (
    typeof body === 'object' && body !== null && (body as { code?: unknown }).code === 'standard.not_found'
  );
}
