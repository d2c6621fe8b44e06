export * from './lib/workers.routes';
