import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ApproveCaseRequest,
  CaseAction,
  CaseHistoryEntry,
  CaseListItem,
  CaseStatus,
  CaseType,
  CaseView,
  CaseWarning,
  CloseCaseRequest,
  CommentRequest,
  CreateCaseRequest,
  Page,
  UpdateCaseRequest,
  WorkerView,
} from '@worker-aid/shared/domain';
import { firstValueFrom } from 'rxjs';

export const CASES_URL = '/api/cases';
export const WORKERS_URL = '/api/workers';

export interface CaseQuery {
  type?: CaseType | '';
  status?: CaseStatus | '';
  unitId?: string;
  workerId?: string;
  q?: string;
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

/** Data access of aid cases (帮扶案件), and the worker look-ups the intake form needs. */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  list(query: CaseQuery, cursor: string | null, limit = 25): Promise<Page<CaseListItem>> {
    let params = new HttpParams().set('limit', limit);
    for (const [key, value] of Object.entries(query) as [string, string | undefined][]) {
      if (value) params = params.set(key, value);
    }
    if (cursor) params = params.set('cursor', cursor);
    return firstValueFrom(this.http.get<Page<CaseListItem>>(CASES_URL, { params }));
  }

  get(id: string): Promise<CaseView> {
    return firstValueFrom(this.http.get<CaseView>(`${CASES_URL}/${encodeURIComponent(id)}`));
  }

  create(request: CreateCaseRequest): Promise<CaseView> {
    return firstValueFrom(this.http.post<CaseView>(CASES_URL, request));
  }

  update(id: string, request: UpdateCaseRequest): Promise<CaseView> {
    return firstValueFrom(this.http.patch<CaseView>(`${CASES_URL}/${encodeURIComponent(id)}`, request));
  }

  transition<A extends CaseAction>(id: string, action: A, body: TransitionBodies[A]): Promise<CaseView> {
    return firstValueFrom(this.http.post<CaseView>(`${CASES_URL}/${encodeURIComponent(id)}/${action}`, body));
  }

  history(id: string): Promise<CaseHistoryEntry[]> {
    return firstValueFrom(
      this.http.get<CaseHistoryEntry[]>(`${CASES_URL}/${encodeURIComponent(id)}/history`),
    );
  }

  searchWorkers(q: string, limit = 10): Promise<Page<WorkerView>> {
    const params = new HttpParams().set('q', q).set('limit', limit);
    return firstValueFrom(this.http.get<Page<WorkerView>>(WORKERS_URL, { params }));
  }

  /** By identity number, in the body (never in a URL); rejects with a 404 when nobody in scope has it. */
  lookupWorker(idNumber: string): Promise<WorkerView> {
    return firstValueFrom(this.http.post<WorkerView>(`${WORKERS_URL}/lookup`, { idNumber }));
  }

  getWorker(id: string): Promise<WorkerView> {
    return firstValueFrom(this.http.get<WorkerView>(`${WORKERS_URL}/${encodeURIComponent(id)}`));
  }

  /** Other open cases of the type this year for the worker: worth a look, not a block. */
  warnings(workerId: string, type: CaseType): Promise<CaseWarning[]> {
    const params = new HttpParams().set('type', type);
    return firstValueFrom(
      this.http.get<CaseWarning[]>(`${WORKERS_URL}/${encodeURIComponent(workerId)}/warnings`, { params }),
    );
  }
}
