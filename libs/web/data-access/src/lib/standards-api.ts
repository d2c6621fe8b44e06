import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, type Observable, of, throwError } from 'rxjs';
import { listParams } from './http-params';

export const STANDARDS_URL = '/api/standards';
export const STANDARDS_HISTORY_URL = '/api/standards/history';

/*
 * TODO(standards): these shapes mirror API.md v2 ("Hardship files", `PUT /api/standards`,
 * `GET /api/standards?unitId=&on=`). They move to `@worker-aid/shared/domain`
 * (`hardship-tier.ts`) once the API side lands; until then they live here.
 */

/** 低保标准 in force for a unit: its own, or its nearest ancestor's (`inheritedFrom`). */
export interface StandardView {
  unitId: string;
  /** The day it takes effect, `YYYY-MM-DD`. */
  effectiveFrom: string;
  /** Whole fen per person per month. */
  povertyLine: number;
  /** 相对困难倍数, 1.0–3.0 in steps of 0.1. */
  relativeMultiple: number;
  /** 意外致困比例, 1–100. */
  suddenSharePercent: number;
  /** The ancestor unit whose standard this is; null when it is the unit's own. */
  inheritedFrom: string | null;
}

/** `PUT /api/standards` (admin). */
export interface SetStandardRequest {
  unitId: string;
  /** `YYYY-MM-DD`. */
  effectiveFrom: string;
  /** Whole fen per person per month. */
  povertyLine: number;
  /** Default 2.0 on the API. */
  relativeMultiple?: number;
  /** Default 80 on the API. */
  suddenSharePercent?: number;
}

/** `/api/standards`: the local minimum-living standards (低保标准) per unit, by effective day. */
@Injectable({ providedIn: 'root' })
export class StandardsApi {
  private readonly http = inject(HttpClient);

  /** The standard in force for `unitId` on `on` (`YYYY-MM-DD`, default today); null when none (404). */
  get(unitId: string, on?: string): Observable<StandardView | null> {
    return this.http
      .get<StandardView>(STANDARDS_URL, { params: listParams({ unitId, on }) })
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 404 ? of(null) : throwError(() => error),
        ),
      );
  }

  /** Every standard the unit itself set, as the API lists them. */
  history(unitId: string): Observable<StandardView[]> {
    return this.http.get<StandardView[]>(STANDARDS_HISTORY_URL, { params: listParams({ unitId }) });
  }

  set(request: SetStandardRequest): Observable<StandardView> {
    return this.http.put<StandardView>(STANDARDS_URL, request);
  }
}
