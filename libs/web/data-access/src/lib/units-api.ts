import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateUnitRequest, UnitView } from '@worker-aid/shared/domain';
import type { Observable } from 'rxjs';

export const UNITS_URL = '/api/units';

/**
 * `/api/units`: the unit tree. Pages read the units through `UnitDirectory` (web-core), which
 * loads them once per sign-in with `list()`.
 */
@Injectable({ providedIn: 'root' })
export class UnitsApi {
  private readonly http = inject(HttpClient);

  /** The caller's unit and everything below it. */
  list(): Observable<UnitView[]> {
    return this.http.get<UnitView[]>(UNITS_URL);
  }

  create(request: CreateUnitRequest): Observable<UnitView> {
    return this.http.post<UnitView>(UNITS_URL, request);
  }
}
