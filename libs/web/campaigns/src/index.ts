export * from './lib/campaigns.routes';
export * from './lib/data-access/campaigns-api';
export * from './lib/batches/batches.routes';
export * from './lib/batches/batches-api';
export * from './lib/bank-layouts/bank-layouts.routes';
export * from './lib/bank-layouts/bank-layouts-api';
