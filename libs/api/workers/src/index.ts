export * from './lib/worker.entity';
export * from './lib/worker.relations';
export * from './lib/workers.service';
export * from './lib/workers.module';
export * from './lib/worker-encryption';
export * from './lib/worker-check';
export * from './lib/worker-postings.queries';
export * from './lib/worker-readers.module';
