/**
 * Campaigns paid into the ledger, so that the report check covers the campaigns' aid types and
 * the grouping by campaign: five festival campaigns (2013–2017), a summer one and another, each
 * paying some thousand workers of the federation (many in several years), a few payments
 * reversed. Rows as the batches' results leave them: lines paid, a ledger row each. `$1` is the
 * admin's id; runs after the cases' payments and before the funds' allocations are summed.
 */
const uuid = (name: string) => `pg_temp.bench_uuid(${name})`;

const CAMPAIGNS = `(VALUES
  (2013, 'festival', 'festival', DATE '2013-01-29', 0),
  (2014, 'festival', 'festival', DATE '2014-01-17', 600),
  (2015, 'festival', 'festival', DATE '2015-02-04', 1200),
  (2016, 'festival', 'festival', DATE '2016-01-26', 1800),
  (2017, 'festival', 'festival', DATE '2017-01-13', 2400),
  (2017, 'summer', 'summer', DATE '2017-07-20', 500),
  (2016, 'other', 'other_campaign', DATE '2016-05-01', 3000)) AS k(year, kind, aid_type, paid_on, first_worker)`;
const LINES_PER_CAMPAIGN = 1_000;

export const CAMPAIGNS_SQL = [
  `INSERT INTO campaign (id, name, kind, year, status, unit_id, fund_id, eligibility, amounts, approved_by,
                         approved_at, created_by, created_at, updated_at)
   SELECT ${uuid(`'campaign-' || k.kind || '-' || k.year`)}, k.year || ' 年压测专项活动 ' || k.kind, k.kind, k.year,
          'closed', ${uuid(`'center-0'`)}, (SELECT id FROM fund ORDER BY code LIMIT 1),
          '{"tiers":["deep","relative","sudden"]}', '[]', $1, k.paid_on - 10, $1, k.paid_on - 20, k.paid_on
   FROM ${CAMPAIGNS}`,
  `INSERT INTO campaign_line (id, campaign_id, line_no, worker_id, unit_id, tier, migrant_worker, standard_amount,
                              amount, status, payment_id, paid_on)
   SELECT ${uuid(`'campaign-line-' || k.kind || '-' || k.year || '-' || n`)},
          ${uuid(`'campaign-' || k.kind || '-' || k.year`)}, n, w.id, w.unit_id,
          (ARRAY['deep','relative','sudden'])[n % 3 + 1], w.migrant_worker,
          (ARRAY[150000,120000,100000])[n % 3 + 1], (ARRAY[150000,120000,100000])[n % 3 + 1],
          CASE WHEN n % 97 = 0 THEN 'unpaid' ELSE 'paid' END,
          CASE WHEN n % 97 = 0 THEN NULL ELSE ${uuid(`'campaign-pay-' || k.kind || '-' || k.year || '-' || n`)} END,
          CASE WHEN n % 97 = 0 THEN NULL ELSE k.paid_on END
   FROM ${CAMPAIGNS}
   CROSS JOIN generate_series(1, ${LINES_PER_CAMPAIGN}) n
   JOIN worker w ON w.list_seq = k.first_worker + n`,
  `INSERT INTO disbursement (id, case_type, campaign_id, campaign_line_id, worker_id, unit_id, fund_id, method,
                             paid_on, amount, reference, created_by, created_at)
   SELECT ${uuid(`'campaign-pay-' || c.kind || '-' || c.year || '-' || l.line_no`)},
          k.aid_type, c.id, l.id, l.worker_id, l.unit_id, c.fund_id, 'bank', k.paid_on, l.amount,
          'BENCH-CAMPAIGN-' || c.year || '-' || l.line_no, $1, k.paid_on + time '16:00'
   FROM ${CAMPAIGNS}
   JOIN campaign c ON c.id = ${uuid(`'campaign-' || k.kind || '-' || k.year`)}
   JOIN campaign_line l ON l.campaign_id = c.id`,
  // The lines whose payment came back: paid, reversed, unpaid again.
  `INSERT INTO disbursement (id, case_type, campaign_id, campaign_line_id, worker_id, unit_id, fund_id, method,
                             paid_on, amount, reverses_id, reason, created_by, created_at)
   SELECT ${uuid(`'campaign-reversal-' || p.id`)}, p.case_type, p.campaign_id, p.campaign_line_id, p.worker_id,
          p.unit_id, p.fund_id, p.method, p.paid_on, -p.amount, p.id, '账户已销户，退回', $1,
          p.created_at + interval '3 days'
   FROM disbursement p JOIN campaign_line l ON l.id = p.campaign_line_id
   WHERE l.status = 'unpaid'`,
];

/**
 * Campaigns still open, each a center festival roster of 30,000 lines (the largest a city's
 * campaign reaches), for the inbox: one submitted by the center's manager, one approved and out
 * of notice with every line unpaid, one whose notice ends tomorrow. Days are the seed's: counts
 * made later with --keep follow the calendar, like the cases'.
 */
const OPEN_CAMPAIGNS = `(VALUES
  ('submitted', NULL::date, 'bench_root'),
  ('approved', current_date - 10, 'admin'),
  ('approved', current_date + 1, 'admin')) AS k(status, notice_ends_on, creator)`;
export const OPEN_CAMPAIGN_LINES = 30_000;

export const OPEN_CAMPAIGNS_SQL = [
  `INSERT INTO campaign (id, name, kind, year, status, unit_id, fund_id, eligibility, amounts, approved_by,
                         approved_at, notice_starts_on, notice_ends_on, created_by, created_at, updated_at)
   SELECT ${uuid(`'open-campaign-' || k.status || '-' || coalesce(k.notice_ends_on - current_date, 0)`)},
          '压测送温暖 ' || k.status || coalesce(' ' || k.notice_ends_on, ''), 'festival', 2018, k.status,
          ${uuid(`'center-0'`)}, (SELECT id FROM fund ORDER BY code LIMIT 1), '{"tiers":["deep","relative","sudden"]}', '[]',
          CASE WHEN k.status = 'approved' THEN $1::uuid END,
          CASE WHEN k.status = 'approved' THEN k.notice_ends_on - 5 END,
          k.notice_ends_on - 5, k.notice_ends_on,
          (SELECT id FROM app_user WHERE username = k.creator), now() - interval '30 days', now() - interval '20 days'
   FROM ${OPEN_CAMPAIGNS}`,
  `INSERT INTO campaign_line (id, campaign_id, line_no, worker_id, unit_id, tier, migrant_worker, standard_amount,
                              amount, status)
   SELECT gen_random_uuid(), c.id, n, w.id, w.unit_id, (ARRAY['deep','relative','sudden'])[n % 3 + 1],
          w.migrant_worker, (ARRAY[150000,120000,100000])[n % 3 + 1], (ARRAY[150000,120000,100000])[n % 3 + 1],
          'unpaid'
   FROM campaign c
   CROSS JOIN generate_series(1, ${OPEN_CAMPAIGN_LINES}) n
   JOIN worker w ON w.list_seq = n
   WHERE c.status <> 'closed'`,
];
