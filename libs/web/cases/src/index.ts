export * from './lib/cases.routes';
export * from './lib/cases-api';
export * from './lib/case-actions';
