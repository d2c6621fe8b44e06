export * from './lib/hardship-file.entity';
export * from './lib/file-event.entity';
export * from './lib/file-number-counter.entity';
export * from './lib/files.service';
export * from './lib/files.module';
export * from './lib/file-record';
export * from './lib/file-encryption';
