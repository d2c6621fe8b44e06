import { SHAPE } from './seed-shape';

/**
 * Session-local (pg_temp) helpers, simple enough for PostgreSQL to inline, that make every seeded row a pure function of its numbers,
 * so that cases, their payments and reversals can be generated separately and still agree: ids are
 * v4-shaped UUIDs derived from a name, and case `i`'s payments `n = 1..payments(i)` have fixed
 * amounts, days, funds and reversal flags.
 */
export const seedFunctions = (cases: number = SHAPE.cases): string => `
CREATE FUNCTION pg_temp.bench_uuid(name text) RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT overlay(overlay(md5(name) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$;

-- How a case ended up: 10% never paid (draft … withdrawn), the rest approved and paid.
CREATE FUNCTION pg_temp.bench_status(i bigint) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN (i * 2654435761) % 1000 < 50 THEN 'draft' WHEN (i * 2654435761) % 1000 < 70 THEN 'submitted'
    WHEN (i * 2654435761) % 1000 < 80 THEN 'returned' WHEN (i * 2654435761) % 1000 < 90 THEN 'rejected'
    WHEN (i * 2654435761) % 1000 < 100 THEN 'withdrawn' WHEN (i * 2654435761) % 1000 < 250 THEN 'approved'
    WHEN (i * 2654435761) % 1000 < 700 THEN 'disbursed' ELSE 'closed' END $$;

CREATE FUNCTION pg_temp.bench_is_paid(i bigint) RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT pg_temp.bench_status(i) IN ('approved', 'disbursed', 'closed') $$;

CREATE FUNCTION pg_temp.bench_payments(i bigint) RETURNS int LANGUAGE sql STABLE AS
  $$ SELECT CASE WHEN pg_temp.bench_is_paid(i) THEN 1 + ((i * 7) % 6)::int ELSE 0 END $$;

-- ¥200 … ¥2,150 in fen.
CREATE FUNCTION pg_temp.bench_amount(i bigint, n int) RETURNS bigint LANGUAGE sql STABLE AS
  $$ SELECT (200 + ((i * 31 + n * 17) % 40) * 50) * 100 $$;

-- About one payment in a hundred is reversed.
CREATE FUNCTION pg_temp.bench_reversed(i bigint, n int) RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT (i * 13 + n * 7) % 100 = 0 $$;

-- Cases are opened evenly from 2013-01-01 to 2017-12-31 (Beijing time), in list order.
CREATE FUNCTION pg_temp.bench_opened(i bigint) RETURNS timestamptz LANGUAGE sql STABLE AS
  $$ SELECT timestamptz '2013-01-01 08:00:00+08' + (i - 1) * (interval '1825 days' / ${cases}) $$;

-- Payment n goes out n × 15 days after the case opened, never after the end of 2017.
CREATE FUNCTION pg_temp.bench_paid_on(i bigint, n int) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT least((pg_temp.bench_opened(i) AT TIME ZONE 'Asia/Shanghai')::date + n * 15, date '2017-12-31') $$;

CREATE FUNCTION pg_temp.bench_fund(i bigint, n int) RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT pg_temp.bench_uuid('fund-' || ((i + n) % 4 + 1)) $$;

-- Case i's worker: a permutation of the workers, so each has two or three cases.
CREATE FUNCTION pg_temp.bench_worker_of(i bigint, workers int) RETURNS bigint LANGUAGE sql STABLE AS
  $$ SELECT (i * 7919) % workers + 1 $$;

-- Worker w's grassroots unit.
CREATE FUNCTION pg_temp.bench_unit_of(w bigint, units int) RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT pg_temp.bench_uuid('grassroots-' || ((w - 1) % units + 1)) $$;

-- 17 digits and the ISO 7064 MOD 11-2 check character.
CREATE FUNCTION pg_temp.bench_id_number(body text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT body || substr('10X98765432', (sum(substr(body, k, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[k]) % 11)::int + 1, 1)
  FROM generate_series(1, 17) k $$;
`;

export const SEED_FUNCTIONS = seedFunctions();
