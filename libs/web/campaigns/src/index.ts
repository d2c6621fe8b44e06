export * from './lib/campaigns.routes';
export * from './lib/data-access/campaigns-api';
