export * from './lib/notices.routes';
