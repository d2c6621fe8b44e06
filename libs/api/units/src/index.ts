export * from './lib/api-units.module';
