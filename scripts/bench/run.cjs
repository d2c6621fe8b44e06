// `npm run bench`: the benchmark's TypeScript run in place, the way scripts/typeorm.cjs runs the TypeORM CLI.
process.env.TS_NODE_PROJECT = 'scripts/bench/tsconfig.json';
process.env.TS_NODE_TRANSPILE_ONLY = '1';
require('ts-node/register');
require('tsconfig-paths/register');
require('./main.ts');
