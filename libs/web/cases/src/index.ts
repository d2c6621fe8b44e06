export * from './lib/cases.routes';
export * from './lib/case-actions';
