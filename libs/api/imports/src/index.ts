export * from './lib/worker-import.entity';
export * from './lib/worker-import-row.entity';
export * from './lib/import-encryption';
export * from './lib/imports.module';
export * from './lib/imports.service';
export * from './lib/import-inbox.queries';
export * from './lib/import-readers.module';
