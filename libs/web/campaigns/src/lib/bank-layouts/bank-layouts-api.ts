import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { BankLayout, BankLayoutRequest } from '@worker-aid/shared/domain';
import type { Observable } from 'rxjs';

export const BANK_LAYOUTS_URL = '/api/bank-layouts';

/** `/api/bank-layouts`: each bank's payroll file layout (代发格式), set by an administrator. */
@Injectable({ providedIn: 'root' })
export class BankLayoutsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<BankLayout[]> {
    return this.http.get<BankLayout[]>(BANK_LAYOUTS_URL);
  }

  create(request: BankLayoutRequest): Observable<BankLayout> {
    return this.http.post<BankLayout>(BANK_LAYOUTS_URL, request);
  }

  update(id: string, request: BankLayoutRequest): Observable<BankLayout> {
    return this.http.put<BankLayout>(`${BANK_LAYOUTS_URL}/${encodeURIComponent(id)}`, request);
  }
}
