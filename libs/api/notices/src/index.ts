export * from './lib/notices.module';
export * from './lib/notices.service';
