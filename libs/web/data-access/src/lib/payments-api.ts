import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DisbursementRequest, DisbursementView, Page } from '@worker-aid/shared/domain';
import type { Observable } from 'rxjs';
import { listParams, segment } from './http-params';

export const DISBURSEMENTS_URL = '/api/disbursements';
export const CASE_DISBURSEMENTS_URL = (caseId: string): string =>
  `/api/cases/${segment(caseId)}/disbursements`;

/** The ledger's filters: `YYYY-MM-DD` days (inclusive), a fund, a unit with its subtree. */
export interface DisbursementQuery {
  from?: string;
  to?: string;
  fundId?: string;
  unitId?: string;
}

/**
 * `/api/disbursements` and `/api/cases/:id/disbursements`: 资金发放, the payments of approved
 * cases and their reversals (冲正).
 */
@Injectable({ providedIn: 'root' })
export class PaymentsApi {
  private readonly http = inject(HttpClient);

  /** One keyset page of every payment in scope, newest first. */
  list(
    query: DisbursementQuery,
    cursor: string | null = null,
    limit = 25,
  ): Observable<Page<DisbursementView>> {
    return this.http.get<Page<DisbursementView>>(DISBURSEMENTS_URL, {
      params: listParams(query, cursor, limit),
    });
  }

  /** The case's payments and reversals, oldest first. */
  forCase(caseId: string): Observable<DisbursementView[]> {
    return this.http.get<DisbursementView[]>(CASE_DISBURSEMENTS_URL(caseId));
  }

  /** Pays; the same `idempotencyKey` with the same body never pays twice. */
  pay(caseId: string, request: DisbursementRequest, idempotencyKey: string): Observable<DisbursementView> {
    const headers = new HttpHeaders().set('Idempotency-Key', idempotencyKey);
    return this.http.post<DisbursementView>(CASE_DISBURSEMENTS_URL(caseId), request, { headers });
  }

  /** Books the compensating entry of a payment. */
  reverse(id: string, reason: string): Observable<DisbursementView> {
    return this.http.post<DisbursementView>(`${DISBURSEMENTS_URL}/${segment(id)}/reversal`, { reason });
  }
}
