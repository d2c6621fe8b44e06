import Fastify from 'fastify';
import { Pool } from 'pg';

/**
 * The baseline: plain fastify + pg, no ORM, no auth, answering `GET /cases` with the very
 * statement the app sends for a caseworker's first page (its SQL and parameters in the
 * environment), on a pool as large as the app's. Run as its own process by baseline.ts.
 */
const { BASELINE_DATABASE_URL, BASELINE_PORT, BASELINE_SQL, BASELINE_PARAMETERS, BASELINE_POOL_SIZE } =
  process.env;
if (!BASELINE_DATABASE_URL || !BASELINE_PORT || !BASELINE_SQL || !BASELINE_PARAMETERS) {
  throw new Error(
    'baseline-server: BASELINE_DATABASE_URL, BASELINE_PORT, BASELINE_SQL and BASELINE_PARAMETERS are required',
  );
}
const sql = BASELINE_SQL;
const parameters = JSON.parse(BASELINE_PARAMETERS) as unknown[];
const pool = new Pool({
  connectionString: BASELINE_DATABASE_URL,
  max: Number(BASELINE_POOL_SIZE ?? 20),
  application_name: 'worker-aid-loadtest-baseline',
});
const app = Fastify({ logger: false });

app.get('/health', async () => ({ status: 'ok' }));
app.get('/cases', async () => {
  const { rows } = await pool.query(sql, parameters);
  return { items: rows, nextCursor: null };
});

const stop = () => {
  void app
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
app.listen({ port: Number(BASELINE_PORT), host: '127.0.0.1' }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
