// `npm run backup [-- FILE | --check]`: see backup.ts.
require('./run-script.cjs')(require.resolve('./backup.ts'));
