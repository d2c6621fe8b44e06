export * from './lib/fund.entity';
export * from './lib/fund-allocation.entity';
export * from './lib/disbursement.entity';
export * from './lib/funds.service';
export * from './lib/disbursements.service';
export * from './lib/ledger-check.service';
export * from './lib/funds.module';
