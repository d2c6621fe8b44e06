export * from './lib/admin.routes';
export * from './lib/admin-api';
export * from './lib/units/unit-tree';
