// Runs api/src/main.ts — the production entry point with its signal handling — straight from
// source, the way scripts/typeorm.cjs runs the TypeORM CLI, so process-level tests need no build.
//   node api/test/support/api-from-source.cjs [--demo]
process.env.TS_NODE_PROJECT = 'api/tsconfig.app.json';
process.env.TS_NODE_TRANSPILE_ONLY = '1';
require('ts-node/register');
require('tsconfig-paths/register');
require('../../src/main.ts');
