export * from './lib/page-header';
export * from './lib/unit-level-chip';
export * from './lib/date-time.pipe';
export * from './lib/error-box';
export * from './lib/empty-state';
