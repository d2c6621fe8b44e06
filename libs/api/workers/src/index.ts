export * from './lib/worker.entity';
export * from './lib/worker.relations';
export * from './lib/workers.service';
export * from './lib/workers.module';
export * from './lib/worker-encryption';
export * from './lib/worker-check';
