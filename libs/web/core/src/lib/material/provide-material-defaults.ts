import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { MatIconRegistry } from '@angular/material/icon';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslatedPaginatorIntl } from '../i18n/translated-paginator-intl';

/** The self-hosted Material Symbols font (imported in styles.scss) is the default icon font. */
export const ICON_FONT_SET_CLASS = 'material-symbols-outlined';

/** App-wide Material settings: icon font, outlined form fields, translated paginator. */
export function provideMaterialDefaults(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => {
      inject(MatIconRegistry).setDefaultFontSetClass(ICON_FONT_SET_CLASS);
    }),
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
    },
    { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
  ]);
}
