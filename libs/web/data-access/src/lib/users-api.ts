import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  MAX_PAGE_LIMIT,
  type CreateUserRequest,
  type Page,
  type UpdateUserRequest,
  type UserView,
} from '@worker-aid/shared/domain';
import { EMPTY, expand, map, type Observable, reduce } from 'rxjs';
import { listParams, segment } from './http-params';

export const USERS_URL = '/api/users';

/** The pages a user list may span before we stop asking (200 × 50 = 10,000 accounts). */
const MAX_USER_PAGES = 50;

/** `/api/users`: the accounts in the caller's scope. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  /** Every user in scope, following the keyset pages (a plain array is accepted too). */
  listAll(): Observable<UserView[]> {
    const page = (cursor: string | null, index: number) =>
      this.http
        .get<Page<UserView> | UserView[]>(USERS_URL, { params: listParams({}, cursor, MAX_PAGE_LIMIT) })
        .pipe(
          map((response) =>
            Array.isArray(response) ? { items: response, nextCursor: null, index } : { ...response, index },
          ),
        );
    return page(null, 0).pipe(
      expand((last) =>
        last.nextCursor && last.index + 1 < MAX_USER_PAGES ? page(last.nextCursor, last.index + 1) : EMPTY,
      ),
      reduce((users: UserView[], last) => [...users, ...last.items], []),
    );
  }

  create(request: CreateUserRequest): Observable<UserView> {
    return this.http.post<UserView>(USERS_URL, request);
  }

  /** Changes role, unit, name, `active` or the password. */
  update(id: string, request: UpdateUserRequest): Observable<UserView> {
    return this.http.patch<UserView>(`${USERS_URL}/${segment(id)}`, request);
  }
}
