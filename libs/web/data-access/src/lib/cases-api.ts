import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ApproveCaseRequest,
  CaseAction,
  CaseHistoryEntry,
  CaseListItem,
  CaseStatus,
  CaseType,
  CaseView,
  CloseCaseRequest,
  CommentRequest,
  CreateCaseRequest,
  ObjectionRequest,
  Page,
  UpdateCaseRequest,
} from '@worker-aid/shared/domain';
import type { Observable } from 'rxjs';
import { listParams, segment } from './http-params';

export const CASES_URL = '/api/cases';

export interface CaseQuery {
  type?: CaseType | '';
  status?: CaseStatus | '';
  unitId?: string;
  /** One worker's cases (their aid history). */
  workerId?: string;
  /** A case number or worker name fragment. */
  q?: string;
  /** The caller's review queue: submitted cases awaiting their level, not their own. */
  review?: true;
  /** Approved cases out of their public notice (待发放). */
  payable?: true;
}

/** The body each transition takes. */
export interface TransitionBodies {
  submit: Record<string, never>;
  approve: ApproveCaseRequest;
  reject: CommentRequest;
  return: CommentRequest;
  withdraw: Record<string, never>;
  close: CloseCaseRequest;
}

/** `/api/cases`: aid cases (帮扶案件), their transitions and history. */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  /** One keyset page of the cases in scope, newest first. */
  list(query: CaseQuery, cursor: string | null = null, limit = 25): Observable<Page<CaseListItem>> {
    return this.http.get<Page<CaseListItem>>(CASES_URL, { params: listParams(query, cursor, limit) });
  }

  get(id: string): Observable<CaseView> {
    return this.http.get<CaseView>(`${CASES_URL}/${segment(id)}`);
  }

  create(request: CreateCaseRequest): Observable<CaseView> {
    return this.http.post<CaseView>(CASES_URL, request);
  }

  update(id: string, request: UpdateCaseRequest): Observable<CaseView> {
    return this.http.patch<CaseView>(`${CASES_URL}/${segment(id)}`, request);
  }

  transition<A extends CaseAction>(id: string, action: A, body: TransitionBodies[A]): Observable<CaseView> {
    return this.http.post<CaseView>(`${CASES_URL}/${segment(id)}/${action}`, body);
  }

  history(id: string): Observable<CaseHistoryEntry[]> {
    return this.http.get<CaseHistoryEntry[]>(`${CASES_URL}/${segment(id)}/history`);
  }

  /** An objection received during the notice: the case goes back to review (409 `case.not_in_notice` otherwise). */
  objection(id: string, request: ObjectionRequest): Observable<CaseView> {
    return this.http.post<CaseView>(`${CASES_URL}/${segment(id)}/objections`, request);
  }
}
