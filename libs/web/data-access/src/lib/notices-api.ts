import { HttpClient, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { NoticeItem } from '@worker-aid/shared/domain';
import { map, type Observable } from 'rxjs';
import { ApprovalPolicyApi } from './approval-policy-api';
import { filenameFromDisposition, type ReportFile } from './reports-api';

export const NOTICES_URL = '/api/notices';
export const NOTICE_ROSTER_URL = `${NOTICES_URL}/roster`;

/**
 * `/api/notices`: 公示, the cases and hardship files in notice in a unit and everything below it,
 * names and identity numbers already masked by the API.
 */
@Injectable({ providedIn: 'root' })
export class NoticesApi {
  private readonly http = inject(HttpClient);
  private readonly policies = inject(ApprovalPolicyApi);

  /** Empty `unitId`: the user's whole scope. */
  list(unitId: string): Observable<NoticeItem[]> {
    return this.http.get<NoticeItem[]>(NOTICES_URL, { params: unitParams(unitId) });
  }

  /** The roster to post, as an xlsx with headings in `lang`. */
  roster(unitId: string, lang: string): Observable<ReportFile> {
    return this.http
      .get(NOTICE_ROSTER_URL, {
        params: { ...unitParams(unitId), format: 'xlsx', lang },
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body ?? new Blob([]),
          filename: filenameFromDisposition(response.headers.get('Content-Disposition')),
        })),
      );
  }

  /** Where to object, as the approval policy says (printed on the notice); null when it says nothing. */
  objectionContact(): Observable<string | null> {
    return this.policies.get().pipe(map((policy) => policy.objectionContact?.trim() || null));
  }
}

function unitParams(unitId: string): Record<string, string> {
  return unitId ? { unitId } : {};
}
