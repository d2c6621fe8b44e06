// The API's production entry point run from source, in a process of its own (the documents
// bench reads its memory), the way scripts/typeorm.cjs runs the TypeORM CLI.
process.env.TS_NODE_PROJECT = 'api/tsconfig.app.json';
process.env.TS_NODE_TRANSPILE_ONLY = '1';
require('ts-node/register');
require('tsconfig-paths/register');
require('../../api/src/main.ts');
