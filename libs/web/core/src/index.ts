// i18n
export * from './lib/i18n/languages';
export * from './lib/i18n/language.service';
export * from './lib/i18n/language-switch';
export * from './lib/i18n/provide-i18n';
export * from './lib/i18n/translated-paginator-intl';
// auth
export * from './lib/auth/auth.service';
export * from './lib/auth/token-store';
export * from './lib/auth/auth.interceptor';
export * from './lib/auth/guards';
export * from './lib/auth/permission';
export * from './lib/auth/provide-auth';
// http
export * from './lib/http/api-error';
export * from './lib/http/server-errors';
// loading data: one way for every page (dates are `@worker-aid/web/core/dates`)
export * from './lib/data/load-latest';
export * from './lib/data/keyset-list';
export * from './lib/data/save-file';
export * from './lib/data/url-filter';
// notifications, units, Material defaults
export * from './lib/notify/notifier';
export * from './lib/units/unit-directory';
export * from './lib/units/unit-options';
export * from './lib/units/unit-select';
export * from './lib/material/provide-material-defaults';
// shell
export * from './lib/shell/nav-items';
export * from './lib/shell/shell';
// inbox (待办): counts for the navigation and the home page
export * from './lib/inbox/inbox-kinds';
export * from './lib/inbox/inbox.service';
