import { SHAPE, type SeedShape } from './seed-shape';

/**
 * The set-based statements that fill the federation, each one INSERT … SELECT over
 * generate_series run inside PostgreSQL. They use the pg_temp helpers of seed-functions.sql.ts;
 * `$1` is always the admin's id (the author of every seeded row). The statements that depend on
 * the size take an optional shape (SHAPE by default); the constants are the default shape's.
 * Sensitive fields are stored encrypted, which PostgreSQL cannot do: see seed-workers.ts.
 */
const uuid = (name: string) => `pg_temp.bench_uuid(${name})`;
const center = uuid(`'center-0'`);

export const unitsSql = ({ industryUnions, grassrootsUnits }: SeedShape = SHAPE): string[] => [
  `INSERT INTO unit (id, code, name, level, parent_id, path)
   VALUES (${center}, 'CENTER', '市困难职工帮扶中心', 'center', NULL, '/' || ${center} || '/')`,
  `INSERT INTO unit (id, code, name, level, parent_id, path)
   SELECT ${uuid(`'industry-' || k`)}, 'IND' || lpad(k::text, 3, '0'), '产业工会 ' || k, 'industry', ${center},
          '/' || ${center} || '/' || ${uuid(`'industry-' || k`)} || '/'
   FROM generate_series(1, ${industryUnions}) k`,
  // Grassroots unit g belongs to industry union (g - 1) % ${industryUnions} + 1.
  `INSERT INTO unit (id, code, name, level, parent_id, path)
   SELECT ${uuid(`'grassroots-' || g`)}, 'GR' || lpad(g::text, 4, '0'), '基层工会 ' || g, 'grassroots', p.id,
          p.path || ${uuid(`'grassroots-' || g`)} || '/'
   FROM generate_series(1, ${grassrootsUnits}) g
   JOIN unit p ON p.id = ${uuid(`'industry-' || ((g - 1) % ${industryUnions} + 1)`)}`,
];
export const UNITS_SQL = unitsSql();

export const FUNDS_SQL = `
  INSERT INTO fund (id, code, name, source, unit_id)
  SELECT ${uuid(`'fund-' || k`)}, code, name, source, ${center}
  FROM (VALUES (1, 'FUND-UNION', '工会帮扶资金', 'union_budget'), (2, 'FUND-LOTTERY', '中央专项彩票公益金', 'lottery_fund'),
               (3, 'FUND-DONATION', '社会捐赠', 'donation'), (4, 'FUND-GOV', '财政专项资金', 'government')) f(k, code, name, source)`;

// Identity numbers: region 341102, a birth date (one per thousand workers), a 3-digit sequence
// whose parity gives the gender, and the check character — unique by construction. The rows go
// to a staging table in plaintext; seed-workers.ts encrypts them into `worker`.
export const workersSql = ({ grassrootsUnits, workers }: SeedShape = SHAPE): string => `
  CREATE TEMP TABLE bench_worker_plain AS
  SELECT ${uuid(`'worker-' || w`)} AS id, w AS list_seq,
         (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙'])[w % 12 + 1]
           || (ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','霞','平'])[(w / 12) % 20 + 1]
           || (ARRAY['','华','林','红','国','文','玉'])[(w / 240) % 7 + 1] AS name,
         pg_temp.bench_id_number('341102' || to_char(birth, 'YYYYMMDD') || lpad((w % 1000)::text, 3, '0')) AS id_number,
         pg_temp.bench_unit_of(w, ${grassrootsUnits}) AS unit_id,
         CASE WHEN w % 2 = 1 THEN 'male' ELSE 'female' END AS gender, birth AS birth_date, w % 4 = 0 AS migrant_worker,
         '139' || lpad((w * 7 % 100000000)::text, 8, '0') AS phone,
         '6217' || lpad(w::text, 15, '0') AS bank_account,
         '滁州市企业 ' || (w % 500) AS employer, '滁州市琅琊区 ' || (w % 300) || ' 号' AS address
  FROM generate_series(1, ${workers}) w
  CROSS JOIN LATERAL (SELECT date '1960-01-01' + (w / 1000) * 37 AS birth) b`;

/**
 * Case details carry a diagnosis or a child's name, stored encrypted: `$2` and `$3` are
 * arrays of ENCRYPTED_POOL encryptions of one diagnosis and one name, made by the seeder, so the
 * server decrypts these rows exactly as it would real ones.
 */
export const ENCRYPTED_POOL = 64;

const DETAILS = `CASE c.type
  WHEN 'hardship' THEN jsonb_build_object(
    'cause', (ARRAY['illness','disability','disaster','accident','unemployment','other'])[c.i % 6 + 1],
    'householdSize', 1 + c.i % 5, 'monthlyHouseholdIncome', 100000 + (c.i % 20) * 10000)
  WHEN 'medical' THEN jsonb_build_object(
    'hospital', '滁州市第一人民医院', 'diagnosis', ($2::text[])[c.i % ${ENCRYPTED_POOL} + 1], 'totalCost', 2000000 + (c.i % 50) * 100000,
    'insuranceReimbursed', (2000000 + (c.i % 50) * 100000) * 6 / 10,
    'outOfPocket', (2000000 + (c.i % 50) * 100000) - (2000000 + (c.i % 50) * 100000) * 6 / 10)
  WHEN 'education' THEN jsonb_build_object(
    'childName', ($3::text[])[c.i % ${ENCRYPTED_POOL} + 1], 'school', '滁州学院',
    'level', (ARRAY['primary','junior_high','senior_high','vocational','college','university','postgraduate'])[c.i % 7 + 1],
    'schoolYear', c.year || '-' || (c.year + 1), 'tuition', 500000 + (c.i % 10) * 50000)
  ELSE jsonb_build_object(
    'disputeKind', (ARRAY['wage_arrears','work_injury','labor_contract','social_insurance','other'])[c.i % 5 + 1],
    'opposingParty', '滁州市某建筑公司', 'amountClaimed', 3000000 + (c.i % 40) * 100000) END`;

const SUMMARY = `CASE c.type WHEN 'hardship' THEN '因意外致困，申请生活救助' WHEN 'medical' THEN '因病致贫，申请医疗救助'
  WHEN 'education' THEN '金秋助学，申请子女学费资助' ELSE '讨要拖欠工资，申请法律援助' END`;

/** Who logged the cases still in review: the grassroots caseworker, so that no reviewer's queue is their own. */
const SUBMITTER = uuid(`'user-bench_caseworker'`);

/**
 * Approval by level and public notice on the settled cases `s`. Every unit is a grassroots
 * station, so a submitted case awaits its industry union; one in four has had that step (by the
 * bench's industry reviewer, for the amount asked) and awaits the center. Final approval put
 * every case but legal aid in notice for five days, a week after it was opened (long ended);
 * one approved case in fifty was approved in the last five days and is in notice now — a
 * `--keep` database seeded days ago has fewer. Chosen by a hash of the case's number: its
 * status and its station both follow the number modulo 1,000, and these must not.
 */
const approvalStatesSql = (industryUnions: number, grassroots: number): string => `
    SELECT s.*, n.starts AS notice_starts_on, n.starts + 5 AS notice_ends_on,
           CASE WHEN s.final_status = 'submitted' THEN CASE WHEN h.step = 0 THEN 'center' ELSE 'industry' END END
             AS awaiting_level,
           CASE WHEN s.final_status = 'submitted' AND h.step = 0 THEN jsonb_build_array(jsonb_build_object(
             'level', 'industry',
             'unitId', ${uuid(`'industry-' || (((s.w - 1) % ${grassroots}) % ${industryUnions} + 1)`)},
             'userId', ${uuid(`'user-bench_industry_reviewer'`)},
             'amount', 100000 + (s.i % 40) * 5000, 'comment', '同意，报中心审批',
             'at', s.opened + interval '3 days'))
           ELSE '[]'::jsonb END AS approvals
    FROM settled s
    CROSS JOIN LATERAL (SELECT (abs(hashtext('step-' || s.i)::bigint) % 4)::int AS step,
                               (abs(hashtext('notice-' || s.i)::bigint) % 250)::int AS notice) h
    CROSS JOIN LATERAL (SELECT CASE
      WHEN s.type = 'legal' OR s.final_status NOT IN ('approved', 'disbursed', 'closed') THEN NULL
      WHEN s.final_status = 'approved' AND h.notice % 50 = 0 THEN current_date - h.notice / 50
      ELSE (s.opened AT TIME ZONE 'Asia/Shanghai')::date + 7 END AS starts) n`;

// Paid cases: approved = what was paid before any reversal (plus ¥500 still open for `approved`
// ones); a reversal leaves a `disbursed` case `approved` again, as the app's CasePayments.recordPaidChange does.
export const casesSql = ({ industryUnions, grassrootsUnits, workers, cases }: SeedShape = SHAPE): string => `
  WITH c AS (
    SELECT i, w, opened, status, p.gross, p.net,
           (ARRAY['hardship','hardship','hardship','hardship','medical','medical','medical','education','education','legal'])[i % 10 + 1] AS type,
           extract(year FROM opened AT TIME ZONE 'Asia/Shanghai')::int AS year
    FROM generate_series(1, ${cases}) i
    CROSS JOIN LATERAL (SELECT pg_temp.bench_worker_of(i, ${workers}) AS w, pg_temp.bench_opened(i) AS opened,
                               pg_temp.bench_status(i) AS status) b
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(pg_temp.bench_amount(i, n)), 0) AS gross,
             coalesce(sum(pg_temp.bench_amount(i, n)) FILTER (WHERE NOT pg_temp.bench_reversed(i, n)), 0) AS net
      FROM generate_series(1, pg_temp.bench_payments(i)) n) p
  ), settled AS (
    SELECT c.*,
           CASE WHEN c.status = 'disbursed' AND c.net < c.gross THEN 'approved' ELSE c.status END AS final_status,
           CASE WHEN c.status = 'approved' THEN c.gross + 50000
                WHEN c.status IN ('disbursed', 'closed') THEN c.gross END AS approved,
           CASE WHEN c.type = 'legal' AND c.status = 'closed'
                THEN (ARRAY['settled','won','lost','withdrawn'])[c.i % 4 + 1] END AS outcome
    FROM c
  ), noticed AS (${approvalStatesSql(industryUnions, grassrootsUnits)})
  INSERT INTO aid_case (id, list_seq, case_no, type, status, worker_id, unit_id, requested_amount, approved_amount,
                        disbursed_amount, summary, details, outcome, recovered_amount, created_by, created_at, updated_at,
                        awaiting_level, approvals, notice_starts_on, notice_ends_on)
  SELECT ${uuid(`'case-' || c.i`)}, c.i,
         (ARRAY['HRD','MED','EDU','LEG'])[array_position(ARRAY['hardship','medical','education','legal'], c.type)]
           || '-' || c.year || '-' || lpad(row_number() OVER (PARTITION BY c.type, c.year ORDER BY c.i)::text, 6, '0'),
         c.type, c.final_status, ${uuid(`'worker-' || c.w`)}, pg_temp.bench_unit_of(c.w, ${grassrootsUnits}),
         coalesce(c.approved + (c.i % 5) * 10000, 100000 + (c.i % 40) * 5000), c.approved, c.net,
         ${SUMMARY}, ${DETAILS}, c.outcome,
         CASE WHEN c.outcome IN ('settled', 'won') THEN 500000 + (c.i % 30) * 100000 WHEN c.outcome IS NOT NULL THEN 0 END,
         CASE WHEN c.final_status = 'submitted' THEN ${SUBMITTER} ELSE $1 END, c.opened, c.opened,
         c.awaiting_level, c.approvals, c.notice_starts_on, c.notice_ends_on
  FROM noticed c`;

const PAYMENT_COLUMNS = `c.id, c.type, c.worker_id, c.unit_id, pg_temp.bench_fund(c.list_seq, n),
  (ARRAY['bank','bank','bank','cash','in_kind'])[((c.list_seq + n) % 5)::int + 1], pg_temp.bench_paid_on(c.list_seq, n)`;

// In the order they were paid, as the ledger would have them.
export const PAYMENTS_SQL = `
  INSERT INTO disbursement (id, case_id, case_type, worker_id, unit_id, fund_id, method, paid_on, amount, reference,
                            created_by, created_at)
  SELECT ${uuid(`'pay-' || c.list_seq || '-' || n`)}, ${PAYMENT_COLUMNS}, pg_temp.bench_amount(c.list_seq, n),
         'BENCH-' || c.list_seq || '-' || n, $1, pg_temp.bench_paid_on(c.list_seq, n) + time '10:00'
  FROM aid_case c CROSS JOIN LATERAL generate_series(1, pg_temp.bench_payments(c.list_seq)) n
  ORDER BY pg_temp.bench_paid_on(c.list_seq, n), c.list_seq, n`;

// Compensating rows: the payment's day, fund, case, worker, unit and type, the negative amount.
export const REVERSALS_SQL = `
  INSERT INTO disbursement (id, case_id, case_type, worker_id, unit_id, fund_id, method, paid_on, amount, reverses_id,
                            reason, created_by, created_at)
  SELECT ${uuid(`'reversal-' || c.list_seq || '-' || n`)}, ${PAYMENT_COLUMNS}, -pg_temp.bench_amount(c.list_seq, n),
         ${uuid(`'pay-' || c.list_seq || '-' || n`)}, '账户信息有误，冲正', $1,
         pg_temp.bench_paid_on(c.list_seq, n) + time '15:00' + interval '3 days'
  FROM aid_case c CROSS JOIN LATERAL generate_series(1, pg_temp.bench_payments(c.list_seq)) n
  WHERE pg_temp.bench_reversed(c.list_seq, n)
  ORDER BY pg_temp.bench_paid_on(c.list_seq, n), c.list_seq, n`;

/** Yearly allocations covering each fund's payments with room to spare. */
export const FUND_ALLOCATIONS_SQL = `INSERT INTO fund_allocation (fund_id, amount, note, created_by, created_at)
   SELECT fund_id, sum(amount) + 10000000, y || ' 年度资金下拨', $1, make_timestamptz(y, 1, 1, 9, 0, 0, 'Asia/Shanghai')
   FROM (SELECT fund_id, extract(year FROM paid_on)::int AS y, amount FROM disbursement) d
   GROUP BY fund_id, y`;

/** The funds' stored totals, from their allocations and payments. */
export const FUND_TOTALS_SQL = `UPDATE fund f SET allocated = a.total, disbursed = coalesce(d.total, 0)
   FROM (SELECT fund_id, sum(amount) AS total FROM fund_allocation GROUP BY 1) a
   LEFT JOIN (SELECT fund_id, sum(amount) AS total FROM disbursement GROUP BY 1) d USING (fund_id)
   WHERE a.fund_id = f.id`;

/** The counters `CasesService` numbers new cases from, and the list sequences, past the seeded rows. */
export const COUNTERS_SQL = [
  `INSERT INTO case_number_counter (type, year, last_value)
   SELECT type, split_part(case_no, '-', 2)::int, max(split_part(case_no, '-', 3)::int)
   FROM aid_case GROUP BY 1, 2`,
  `SELECT setval(pg_get_serial_sequence('worker', 'list_seq'), (SELECT max(list_seq) FROM worker))`,
  `SELECT setval(pg_get_serial_sequence('aid_case', 'list_seq'), (SELECT max(list_seq) FROM aid_case))`,
];
