import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, isLanguageCode, LANGUAGE_STORAGE_KEY, LANGUAGES, LanguageCode } from './languages';

/** The interface language: chosen by the user, remembered in localStorage, mirrored in `<html lang>`. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<LanguageCode>(DEFAULT_LANGUAGE);

  readonly languages = LANGUAGES;
  /** The active language code, e.g. for date formatting. */
  readonly active = this.current.asReadonly();

  /** The language remembered from the last visit, else Chinese. */
  remembered(): LanguageCode {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguageCode(stored) ? stored : DEFAULT_LANGUAGE;
    } catch {
      return DEFAULT_LANGUAGE;
    }
  }

  /** Loads the translations first, so the page never shows keys, then switches. */
  async use(language: LanguageCode): Promise<void> {
    await firstValueFrom(this.transloco.load(language));
    this.transloco.setActiveLang(language);
    this.current.set(language);
    this.document.documentElement.lang = language;
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage may be disabled (private mode, policy): the choice then lasts for this page only.
    }
  }
}
