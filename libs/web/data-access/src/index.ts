// One client per API resource; every method returns a cold Observable (unsubscribing cancels).
export * from './lib/audit-api';
export * from './lib/cases-api';
export * from './lib/documents-api';
export * from './lib/files-api';
export * from './lib/funds-api';
export * from './lib/payments-api';
export * from './lib/reports-api';
export * from './lib/standards-api';
export * from './lib/units-api';
export * from './lib/users-api';
export * from './lib/workers-api';
export * from './lib/imports-api';
export * from './lib/approval-policy-api';
export * from './lib/inbox-api';
export * from './lib/notices-api';
