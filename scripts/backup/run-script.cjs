// Runs one of the backup scripts' TypeScript files in place, the way scripts/typeorm.cjs runs the TypeORM CLI.
module.exports = function runScript(file) {
  process.env.TS_NODE_PROJECT = 'scripts/backup/tsconfig.json';
  process.env.TS_NODE_TRANSPILE_ONLY = '1';
  require('ts-node/register');
  require('tsconfig-paths/register');
  require(file);
};
