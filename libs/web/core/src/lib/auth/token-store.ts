import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';

const TOKEN_KEY = 'wa.accessToken';

/**
 * Holds the access token for this browser tab (sessionStorage: gone when the tab closes).
 * A later issue replaces it with an in-memory token and a refresh cookie; nothing else
 * reads the storage directly.
 */
@Injectable({ providedIn: 'root' })
export class TokenStore {
  private readonly storage: Storage | null = safeSessionStorage(inject(DOCUMENT));
  private fallback: string | null = null;

  get(): string | null {
    try {
      return this.storage?.getItem(TOKEN_KEY) ?? this.fallback;
    } catch {
      return this.fallback;
    }
  }

  set(token: string): void {
    this.fallback = token;
    try {
      this.storage?.setItem(TOKEN_KEY, token);
    } catch {
      // Storage disabled: the token lives in memory until the page reloads.
    }
  }

  clear(): void {
    this.fallback = null;
    try {
      this.storage?.removeItem(TOKEN_KEY);
    } catch {
      // Nothing stored.
    }
  }
}

function safeSessionStorage(document: Document): Storage | null {
  try {
    return document.defaultView?.sessionStorage ?? null;
  } catch {
    return null;
  }
}
