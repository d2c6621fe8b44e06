export * from './lib/roles';
export * from './lib/permissions';
export * from './lib/units';
export * from './lib/accounts';
export * from './lib/pagination';
export * from './lib/api-types';
export * from './lib/identity-number';
export * from './lib/money';
