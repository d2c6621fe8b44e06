import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CaseListItem,
  CreateWorkerRequest,
  Page,
  RevealedWorkerNumbers,
  UpdateWorkerRequest,
  WorkerView,
} from '@worker-aid/shared/domain';
import { firstValueFrom } from 'rxjs';

export const WORKERS_URL = '/api/workers';

export interface WorkerQuery {
  q?: string;
  unitId?: string;
}

/** Data access of the worker files (困难职工档案). Identity numbers travel only in request bodies. */
@Injectable({ providedIn: 'root' })
export class WorkersApi {
  private readonly http = inject(HttpClient);

  list(query: WorkerQuery, cursor: string | null, limit = 25): Promise<Page<WorkerView>> {
    let params = new HttpParams().set('limit', limit);
    if (query.q) params = params.set('q', query.q);
    if (query.unitId) params = params.set('unitId', query.unitId);
    if (cursor) params = params.set('cursor', cursor);
    return firstValueFrom(this.http.get<Page<WorkerView>>(WORKERS_URL, { params }));
  }

  /** The worker with this identity number, in the caller's scope; rejects with a 404 otherwise. */
  lookup(idNumber: string): Promise<WorkerView> {
    return firstValueFrom(this.http.post<WorkerView>(`${WORKERS_URL}/lookup`, { idNumber }));
  }

  get(id: string): Promise<WorkerView> {
    return firstValueFrom(this.http.get<WorkerView>(`${WORKERS_URL}/${encodeURIComponent(id)}`));
  }

  create(request: CreateWorkerRequest): Promise<WorkerView> {
    return firstValueFrom(this.http.post<WorkerView>(WORKERS_URL, request));
  }

  update(id: string, request: UpdateWorkerRequest): Promise<WorkerView> {
    return firstValueFrom(this.http.patch<WorkerView>(`${WORKERS_URL}/${encodeURIComponent(id)}`, request));
  }

  /** The full identity number (the API writes this view to the audit trail). */
  reveal(id: string): Promise<RevealedWorkerNumbers> {
    return firstValueFrom(
      this.http.post<RevealedWorkerNumbers>(`${WORKERS_URL}/${encodeURIComponent(id)}/reveal`, {}),
    );
  }

  /** The worker's aid history: their cases, newest first. */
  cases(workerId: string, cursor: string | null, limit = 50): Promise<Page<CaseListItem>> {
    let params = new HttpParams().set('workerId', workerId).set('limit', limit);
    if (cursor) params = params.set('cursor', cursor);
    return firstValueFrom(this.http.get<Page<CaseListItem>>('/api/cases', { params }));
  }
}
