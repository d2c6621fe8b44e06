import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CaseType,
  CaseWarning,
  CreateWorkerRequest,
  Page,
  RevealedWorkerNumbers,
  UpdateWorkerRequest,
  WorkerView,
} from '@worker-aid/shared/domain';
import type { Observable } from 'rxjs';
import { listParams, segment } from './http-params';

export const WORKERS_URL = '/api/workers';

export interface WorkerQuery {
  /** A name fragment. */
  q?: string;
  unitId?: string;
}

/**
 * `/api/workers`: the worker files (困难职工档案). Identity numbers travel only in request bodies,
 * never in a URL (look-up and reveal are POSTs).
 */
@Injectable({ providedIn: 'root' })
export class WorkersApi {
  private readonly http = inject(HttpClient);

  /** One keyset page of the workers in scope. */
  list(query: WorkerQuery, cursor: string | null = null, limit = 25): Observable<Page<WorkerView>> {
    return this.http.get<Page<WorkerView>>(WORKERS_URL, { params: listParams(query, cursor, limit) });
  }

  /** The worker with this identity number, in the caller's scope; fails with a 404 otherwise. */
  lookup(idNumber: string): Observable<WorkerView> {
    return this.http.post<WorkerView>(`${WORKERS_URL}/lookup`, { idNumber });
  }

  get(id: string): Observable<WorkerView> {
    return this.http.get<WorkerView>(`${WORKERS_URL}/${segment(id)}`);
  }

  create(request: CreateWorkerRequest): Observable<WorkerView> {
    return this.http.post<WorkerView>(WORKERS_URL, request);
  }

  update(id: string, request: UpdateWorkerRequest): Observable<WorkerView> {
    return this.http.patch<WorkerView>(`${WORKERS_URL}/${segment(id)}`, request);
  }

  /** The full identity number and bank account (the API writes this view to the audit trail). */
  reveal(id: string): Observable<RevealedWorkerNumbers> {
    return this.http.post<RevealedWorkerNumbers>(`${WORKERS_URL}/${segment(id)}/reveal`, {});
  }

  /** The worker's other open cases of the type this year: worth a look, not a block. */
  warnings(workerId: string, type: CaseType): Observable<CaseWarning[]> {
    return this.http.get<CaseWarning[]>(`${WORKERS_URL}/${segment(workerId)}/warnings`, {
      params: listParams({ type }),
    });
  }
}
