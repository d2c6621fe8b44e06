import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  MAX_PAGE_LIMIT,
  type AuditEntryView,
  type CreateUnitRequest,
  type CreateUserRequest,
  type Page,
  type UnitView,
  type UpdateUserRequest,
  type UserView,
} from '@worker-aid/shared/domain';
import { firstValueFrom } from 'rxjs';

/** The pages a user list may span before we stop asking (200 × 50 = 10,000 accounts). */
const MAX_USER_PAGES = 50;

/** Data access of the administration pages: units, users and the audit trail. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  createUnit(request: CreateUnitRequest): Promise<UnitView> {
    return firstValueFrom(this.http.post<UnitView>('/api/units', request));
  }

  /** Every user in the caller's scope, following the keyset pages (a plain array is accepted too). */
  async listUsers(): Promise<UserView[]> {
    const users: UserView[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < MAX_USER_PAGES; page++) {
      let params = new HttpParams().set('limit', MAX_PAGE_LIMIT);
      if (cursor) params = params.set('cursor', cursor);
      const response: Page<UserView> | UserView[] = await firstValueFrom(
        this.http.get<Page<UserView> | UserView[]>('/api/users', { params }),
      );
      if (Array.isArray(response)) return response;
      users.push(...response.items);
      cursor = response.nextCursor;
      if (!cursor) break;
    }
    return users;
  }

  createUser(request: CreateUserRequest): Promise<UserView> {
    return firstValueFrom(this.http.post<UserView>('/api/users', request));
  }

  updateUser(id: string, request: UpdateUserRequest): Promise<UserView> {
    return firstValueFrom(this.http.patch<UserView>(`/api/users/${encodeURIComponent(id)}`, request));
  }

  /** One page of the audit trail, newest first. */
  auditPage(cursor: string | null, limit = 50): Promise<Page<AuditEntryView>> {
    let params = new HttpParams().set('limit', limit);
    if (cursor) params = params.set('cursor', cursor);
    return firstValueFrom(this.http.get<Page<AuditEntryView>>('/api/audit', { params }));
  }
}
