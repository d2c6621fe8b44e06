import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { InboxView } from '@worker-aid/shared/domain';
import type { Observable } from 'rxjs';

export const INBOX_URL = '/api/inbox';

/** `/api/inbox`: 待办, what waits for the signed-in user, counted by kind, with the most urgent items. */
@Injectable({ providedIn: 'root' })
export class InboxApi {
  private readonly http = inject(HttpClient);

  get(): Observable<InboxView> {
    return this.http.get<InboxView>(INBOX_URL);
  }
}
