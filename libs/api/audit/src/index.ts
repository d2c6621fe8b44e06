export * from './lib/audit-entry.entity';
export * from './lib/actor-directory';
export * from './lib/audit.service';
export * from './lib/audit.module';
