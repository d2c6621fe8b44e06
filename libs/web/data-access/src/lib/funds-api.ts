import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AllocationRequest,
  AllocationView,
  CreateFundRequest,
  FundView,
} from '@worker-aid/shared/domain';
import type { Observable } from 'rxjs';
import { segment } from './http-params';

export const FUNDS_URL = '/api/funds';

/** `/api/funds`: 帮扶资金, the funds and their allocations (资金下拨). */
@Injectable({ providedIn: 'root' })
export class FundsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<FundView[]> {
    return this.http.get<FundView[]>(FUNDS_URL);
  }

  create(request: CreateFundRequest): Observable<FundView> {
    return this.http.post<FundView>(FUNDS_URL, request);
  }

  allocations(fundId: string): Observable<AllocationView[]> {
    return this.http.get<AllocationView[]>(`${FUNDS_URL}/${segment(fundId)}/allocations`);
  }

  allocate(fundId: string, request: AllocationRequest): Observable<AllocationView> {
    return this.http.post<AllocationView>(`${FUNDS_URL}/${segment(fundId)}/allocations`, request);
  }
}
