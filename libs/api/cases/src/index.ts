export * from './lib/aid-case.entity';
export * from './lib/case-event.entity';
export * from './lib/case-number-counter.entity';
export * from './lib/cases.service';
export * from './lib/cases.module';
export * from './lib/case-encryption';
