export * from './lib/sheets/worker-template';
export * from './lib/sheets/worker-template-example';
export * from './lib/sheets/import-report';
export * from './lib/sheets/import-report-labels';
