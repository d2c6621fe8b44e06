/*
 * Dates in forms (`@worker-aid/web/core/dates`): Material's datepicker on date-fns in the
 * interface language. An entry point of its own, so that date-fns and its two locales load with
 * the first page that shows a date field, not with the app.
 */
export * from './lib/dates/iso-date';
export * from './lib/dates/date-formats';
export * from './lib/dates/provide-dates';
export * from './lib/dates/date-range';
