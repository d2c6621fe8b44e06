/** Each query counts seeded rows that break a rule the app keeps; every count must be 0. */
export const SEED_CHECKS: Record<string, string> = {
  'case disbursed_amount = sum of its disbursements': `
    SELECT count(*) FROM aid_case c
    LEFT JOIN (SELECT case_id, sum(amount) AS paid FROM disbursement GROUP BY 1) d ON d.case_id = c.id
    WHERE c.disbursed_amount <> coalesce(d.paid, 0)`,
  'case statuses agree with amounts': `
    SELECT count(*) FROM aid_case
    WHERE (status IN ('approved', 'disbursed', 'closed')) <> (approved_amount IS NOT NULL)
       OR (status = 'disbursed' AND disbursed_amount <> approved_amount)
       OR (status = 'approved' AND disbursed_amount >= approved_amount)
       OR (status NOT IN ('approved', 'disbursed', 'closed') AND disbursed_amount <> 0)
       OR ((type = 'legal' AND status = 'closed') <> (outcome IS NOT NULL))`,
  'fund totals = allocations and disbursements': `
    SELECT count(*) FROM fund f
    LEFT JOIN (SELECT fund_id, sum(amount) AS total FROM fund_allocation GROUP BY 1) a ON a.fund_id = f.id
    LEFT JOIN (SELECT fund_id, sum(amount) AS total FROM disbursement GROUP BY 1) d ON d.fund_id = f.id
    WHERE f.allocated <> coalesce(a.total, 0) OR f.disbursed <> coalesce(d.total, 0) OR f.allocated < f.disbursed`,
  'reversals mirror their payments': `
    SELECT count(*) FROM disbursement r JOIN disbursement p ON p.id = r.reverses_id
    WHERE r.amount <> -p.amount OR r.paid_on <> p.paid_on OR r.fund_id <> p.fund_id OR r.case_id <> p.case_id
       OR r.worker_id <> p.worker_id OR r.unit_id <> p.unit_id OR r.case_type <> p.case_type`,
  'payments belong to the case worker, unit and type': `
    SELECT count(*) FROM disbursement d JOIN aid_case c ON c.id = d.case_id
    WHERE d.worker_id <> c.worker_id OR d.unit_id <> c.unit_id OR d.case_type <> c.type`,
  'a case awaits a level exactly while submitted, after the steps it has': `
    SELECT count(*) FROM aid_case
    WHERE (status = 'submitted') <> (awaiting_level IS NOT NULL)
       OR (awaiting_level = 'center') <> (jsonb_array_length(approvals) = 1)
       OR (notice_ends_on IS NOT NULL AND status NOT IN ('approved', 'disbursed', 'closed'))`,
  'case-number counters reach the numbers used': `
    SELECT count(*) FROM (SELECT type, split_part(case_no, '-', 2)::int AS year, max(split_part(case_no, '-', 3)::int) AS used
                          FROM aid_case GROUP BY 1, 2) u
    LEFT JOIN case_number_counter k ON k.type = u.type AND k.year = u.year
    WHERE k.last_value IS NULL OR k.last_value < u.used`,
};
