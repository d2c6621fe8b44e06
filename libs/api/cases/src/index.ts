export * from './lib/aid-case.entity';
export * from './lib/case-event.entity';
export * from './lib/case-number-counter.entity';
export * from './lib/case.relations';
export type { CaseLabel, LegalAidFigures } from './lib/case.queries';
export * from './lib/case-payments';
export * from './lib/cases.service';
export * from './lib/cases.module';
export * from './lib/case-encryption';
