// Entry of the baseline child process: the plain fastify + pg server, TypeScript run in place.
process.env.TS_NODE_PROJECT = 'scripts/loadtest/tsconfig.json';
process.env.TS_NODE_TRANSPILE_ONLY = '1';
require('ts-node/register');
require('./baseline-server.ts');
