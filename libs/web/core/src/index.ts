export * from './lib/web-core/web-core';
