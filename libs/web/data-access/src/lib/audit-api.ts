import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuditEntryView, Page } from '@worker-aid/shared/domain';
import type { Observable } from 'rxjs';
import { listParams } from './http-params';

export const AUDIT_URL = '/api/audit';

/** `/api/audit`: the audit trail (操作日志), read-only. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  /** One keyset page of the trail, newest first. */
  list(cursor: string | null = null, limit = 50): Observable<Page<AuditEntryView>> {
    return this.http.get<Page<AuditEntryView>>(AUDIT_URL, { params: listParams({}, cursor, limit) });
  }
}
