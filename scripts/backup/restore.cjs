// `npm run restore -- FILE [--clean]`: see restore.ts.
require('./run-script.cjs')(require.resolve('./restore.ts'));
