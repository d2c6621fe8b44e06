import {
  EnvironmentProviders,
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { HttpTranslationLoader } from './http-translation-loader';
import { LanguageService } from './language.service';
import { DEFAULT_LANGUAGE, LANGUAGES } from './languages';
import { TranslatedTitleStrategy } from './translated-title-strategy';

/**
 * Transloco with Chinese as default and fallback, English second; the remembered language
 * is loaded before the first screen renders. Route titles are translation keys.
 */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: LANGUAGES.map((language) => language.code),
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: true },
      },
      loader: HttpTranslationLoader,
    }),
    provideAppInitializer(() => {
      const languages = inject(LanguageService);
      return languages.use(languages.remembered());
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ]);
}
