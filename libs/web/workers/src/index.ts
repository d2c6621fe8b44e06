export * from './lib/workers.routes';
export * from './lib/workers-api';
