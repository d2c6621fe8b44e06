export * from './lib/admin.routes';
export * from './lib/units/unit-tree';
