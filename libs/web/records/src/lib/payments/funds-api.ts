import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AllocationRequest,
  AllocationView,
  CreateFundRequest,
  DisbursementRequest,
  DisbursementView,
  FundView,
  Page,
} from '@worker-aid/shared/domain';
import { firstValueFrom } from 'rxjs';

export const FUNDS_URL = '/api/funds';
export const DISBURSEMENTS_URL = '/api/disbursements';
export const CASE_DISBURSEMENTS_URL = (caseId: string): string =>
  `/api/cases/${encodeURIComponent(caseId)}/disbursements`;

export interface DisbursementQuery {
  from?: string;
  to?: string;
  fundId?: string;
  unitId?: string;
}

/** Data access of 帮扶资金 (funds and their allocations). */
@Injectable({ providedIn: 'root' })
export class FundsApi {
  private readonly http = inject(HttpClient);

  list(): Promise<FundView[]> {
    return firstValueFrom(this.http.get<FundView[]>(FUNDS_URL));
  }

  create(request: CreateFundRequest): Promise<FundView> {
    return firstValueFrom(this.http.post<FundView>(FUNDS_URL, request));
  }

  allocations(fundId: string): Promise<AllocationView[]> {
    return firstValueFrom(
      this.http.get<AllocationView[]>(`${FUNDS_URL}/${encodeURIComponent(fundId)}/allocations`),
    );
  }

  allocate(fundId: string, request: AllocationRequest): Promise<AllocationView> {
    return firstValueFrom(
      this.http.post<AllocationView>(`${FUNDS_URL}/${encodeURIComponent(fundId)}/allocations`, request),
    );
  }
}

/** Data access of 资金发放 (payments of approved cases, and their reversals). */
@Injectable({ providedIn: 'root' })
export class PaymentsApi {
  private readonly http = inject(HttpClient);

  /** The case's payments and reversals, oldest first. */
  forCase(caseId: string): Promise<DisbursementView[]> {
    return firstValueFrom(this.http.get<DisbursementView[]>(CASE_DISBURSEMENTS_URL(caseId)));
  }

  /** Pays; the same `idempotencyKey` with the same body never pays twice. */
  pay(caseId: string, request: DisbursementRequest, idempotencyKey: string): Promise<DisbursementView> {
    const headers = new HttpHeaders().set('Idempotency-Key', idempotencyKey);
    return firstValueFrom(
      this.http.post<DisbursementView>(CASE_DISBURSEMENTS_URL(caseId), request, { headers }),
    );
  }

  /** Every payment in scope, newest first. */
  list(query: DisbursementQuery, cursor: string | null, limit = 25): Promise<Page<DisbursementView>> {
    let params = new HttpParams().set('limit', limit);
    for (const [key, value] of Object.entries(query) as [string, string | undefined][]) {
      if (value) params = params.set(key, value);
    }
    if (cursor) params = params.set('cursor', cursor);
    return firstValueFrom(this.http.get<Page<DisbursementView>>(DISBURSEMENTS_URL, { params }));
  }

  /** Books the compensating entry of a payment. */
  reverse(id: string, reason: string): Promise<DisbursementView> {
    return firstValueFrom(
      this.http.post<DisbursementView>(`${DISBURSEMENTS_URL}/${encodeURIComponent(id)}/reversal`, { reason }),
    );
  }
}
