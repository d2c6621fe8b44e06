export * from './lib/inbox.module';
export * from './lib/inbox.service';
