import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import {
  can,
  type CurrentUserView,
  type LoginRequest,
  type LoginResponse,
  type Permission,
} from '@worker-aid/shared/domain';
import { firstValueFrom } from 'rxjs';
import { TokenStore } from './token-store';

export const LOGIN_URL = '/api/auth/login';
export const ME_URL = '/api/auth/me';
export const LOGOUT_URL = '/api/auth/logout';
export const REFRESH_URL = '/api/auth/refresh';

/** Who is signed in, and what their role lets them do (the shared permission matrix). */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly tokens = inject(TokenStore);
  private readonly user = signal<CurrentUserView | null>(null);
  private refreshing: Promise<boolean> | null = null;

  readonly currentUser = this.user.asReadonly();
  readonly isSignedIn = computed(() => this.user() !== null);

  /** Whether the signed-in user's role grants the permission; false when nobody is signed in. */
  can(permission: Permission): boolean {
    const user = this.user();
    return user !== null && can(user.role, permission);
  }

  /** Rejects with the HttpErrorResponse on 401 (wrong credentials), 429 (throttled) and others. */
  async signIn(credentials: LoginRequest): Promise<CurrentUserView> {
    const response = await firstValueFrom(this.http.post<LoginResponse>(LOGIN_URL, credentials));
    this.tokens.set(response.accessToken);
    this.user.set(response.user);
    return response.user;
  }

  /** On start-up: the refresh cookie of a session still alive signs the user in again. */
  async restore(): Promise<void> {
    if (!(await this.refresh())) this.signOut();
  }

  /**
   * A new access token from the httpOnly refresh cookie; false when the session has ended.
   * Callers at the same moment share one request, since each refresh rotates the cookie.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= firstValueFrom(this.http.post<LoginResponse>(REFRESH_URL, {}))
      .then((response) => {
        this.tokens.set(response.accessToken);
        this.user.set(response.user);
        return true;
      })
      .catch(() => false)
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Ends the session on the server too (every token and refresh cookie of the user stops working), then here. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(LOGOUT_URL, {}));
    } catch {
      // Signed out here all the same: an expired token has nothing left to end.
    }
    this.signOut();
  }

  /** Forgets the session in this tab only. */
  signOut(): void {
    this.tokens.clear();
    this.user.set(null);
  }
}
