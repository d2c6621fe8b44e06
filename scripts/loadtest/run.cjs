// `npm run loadtest [-- --short]`: the load test's TypeScript run in place, as scripts/bench/run.cjs runs the benchmark.
process.env.TS_NODE_PROJECT = 'scripts/loadtest/tsconfig.json';
process.env.TS_NODE_TRANSPILE_ONLY = '1';
require('ts-node/register');
require('tsconfig-paths/register');
require('./main.ts');
