/**
 * What the cases feature publishes for other features' set-based SQL — the ledger check, which
 * compares every case's paid total with the ledger in one statement. Join these, never the
 * `aid_case` table: their columns are the contract, the table's columns are cases' own.
 */

/** `(case_id, paid_total)` of every case: the fen paid on it, less reversals, as cases keeps it. */
export const CASE_PAID_TOTALS = '(SELECT id AS case_id, disbursed_amount AS paid_total FROM aid_case)';
