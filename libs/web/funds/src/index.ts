export * from './lib/funds.routes';
