export * from './lib/local-standard.entity';
export * from './lib/standards.service';
export * from './lib/standards.module';
