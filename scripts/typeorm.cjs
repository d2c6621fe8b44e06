// The TypeORM CLI on the API's data source, e.g.
//   DATABASE_URL=postgres://… npm run migration:generate -- api/src/migrations/add-workers
process.env.TS_NODE_PROJECT = 'api/tsconfig.app.json';
process.env.TS_NODE_TRANSPILE_ONLY = '1';
require('ts-node/register');
require('tsconfig-paths/register');
process.argv.push('-d', 'api/src/database/data-source.ts');
require('typeorm/cli.js');
