import { Injectable } from '@angular/core';

/**
 * Holds the access token in memory only, out of reach of anything that reads storage: a
 * reload or a new tab gets a fresh one from the httpOnly refresh cookie (`AuthService.restore`).
 */
@Injectable({ providedIn: 'root' })
export class TokenStore {
  private token: string | null = null;

  get(): string | null {
    return this.token;
  }

  set(token: string): void {
    this.token = token;
  }

  clear(): void {
    this.token = null;
  }
}
