export * from './lib/approval-policy.entity';
export * from './lib/approval-policy.service';
export * from './lib/approvals.module';
export * from './lib/objection.dto';
