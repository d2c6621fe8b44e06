export * from './lib/files.routes';
