import { SHAPE, type SeedShape } from './seed-shape';

/**
 * Hardship files (困难职工档案) for one worker in ten (a permutation, as cases pick theirs), so that the inbox's file kinds have
 * something to count: 3% drafts, 5% submitted, 80% active and 12% closed after an exit, made
 * over the last thirteen months (closed ones earlier), relative to the day of seeding. Active
 * files are reviewed a year after approval (some now due or overdue); one active file in fifty
 * was approved in the last five days and is in its five days of notice. A closed file has its
 * three follow-up visits (+3, +6, +12 months), those due more than a month ago done. Each file's
 * state and days come from hashes of its number, independent of its worker's station. `$1` is
 * the admin's id; `$2` are encryptions of a household member's name (seed-workers.ts).
 */
export const filesSql = ({ grassrootsUnits, workers }: SeedShape = SHAPE): string => `
  WITH f AS (
    SELECT k, (k * 7919) % ${workers} + 1 AS w, h.day, h.notice,
           CASE WHEN h.status < 3 THEN 'draft' WHEN h.status < 8 THEN 'submitted'
                WHEN h.status < 88 THEN 'active' ELSE 'closed' END AS status
    FROM generate_series(1, ${Math.floor(workers / 10)}) k
    CROSS JOIN LATERAL (SELECT (abs(hashtext('file-' || k)::bigint) % 100)::int AS status, (abs(hashtext('file-day-' || k)::bigint) % 1200)::int AS day,
                               (abs(hashtext('file-notice-' || k)::bigint) % 250)::int AS notice) h
  ), dated AS (
    SELECT f.*, d.made, CASE
             WHEN f.status = 'active' AND f.notice % 50 = 0 THEN current_date - f.notice / 50
             WHEN f.status IN ('active', 'closed') THEN d.made + 10 END AS active_since
    FROM f CROSS JOIN LATERAL (SELECT CASE WHEN f.status = 'closed' THEN current_date - 900 + f.day % 600
                                           ELSE current_date - 400 + f.day % 380 END AS made) d
  )
  INSERT INTO hardship_file (id, file_no, worker_id, unit_id, status, tier, per_capita_income, poverty_line,
                             relative_multiple_tenths, sudden_share_percent, members, monthly_rigid_expenses,
                             main_cause, active_since, notice_starts_on, notice_ends_on, review_due_on,
                             closed_on, exit_reason, created_by, created_at, updated_at)
  SELECT pg_temp.bench_uuid('file-' || d.k),
         'DA-' || extract(year FROM d.made)::int || '-'
           || lpad(row_number() OVER (PARTITION BY extract(year FROM d.made) ORDER BY d.k)::text, 6, '0'),
         pg_temp.bench_uuid('worker-' || d.w), pg_temp.bench_unit_of(d.w, ${grassrootsUnits}), d.status,
         (ARRAY['deep','relative','sudden'])[d.k % 3 + 1], 40000 + (d.k % 50) * 1000, 72000, 15, 80,
         jsonb_build_array(jsonb_build_object('name', ($2::text[])[d.k % 64 + 1], 'relation', 'self',
           'birthYear', 1960 + d.k % 40, 'health', 'chronic', 'work', 'unemployed', 'monthlyIncome', 0)),
         0, 'illness', d.active_since, d.active_since, d.active_since + 5,
         CASE WHEN d.status = 'active' THEN (d.active_since + interval '1 year')::date END,
         CASE WHEN d.status = 'closed' THEN d.active_since + 180 END,
         CASE WHEN d.status = 'closed' THEN 'reemployed' END,
         $1, d.made + time '09:00', coalesce(d.active_since, d.made) + time '10:00'
  FROM dated d`;

/** Each closed file's visits; those due more than a month ago were made. `$1` is the admin's id. */
export const FOLLOW_UPS_SQL = `
  INSERT INTO file_follow_up (file_id, due_on, done_on, relapsed, visited_by)
  SELECT f.id, v.due_on, CASE WHEN v.due_on < current_date - 30 THEN v.due_on + 3 END,
         CASE WHEN v.due_on < current_date - 30 THEN false END,
         CASE WHEN v.due_on < current_date - 30 THEN $1::uuid END
  FROM hardship_file f
  CROSS JOIN LATERAL (SELECT (f.closed_on + make_interval(months => m))::date AS due_on
                      FROM unnest(ARRAY[3, 6, 12]) m) v
  WHERE f.status = 'closed'`;

/** The counter FilesService numbers new files from, past the seeded ones. */
export const FILE_COUNTERS_SQL = `
  INSERT INTO file_number_counter (year, last_value)
  SELECT split_part(file_no, '-', 2)::int, max(split_part(file_no, '-', 3)::int) FROM hardship_file GROUP BY 1`;
