export * from './lib/reports.module';
export * from './lib/disbursement-report.service';
export * from './lib/legal-report.service';
export * from './lib/files-report.service';
