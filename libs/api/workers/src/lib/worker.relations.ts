/**
 * What the workers feature publishes for other features' set-based SQL — the case list's one
 * statement (searched by the worker's name), the report roll-up — where asking `WorkersService`
 * row by row would not do. Join these, never the `worker` table: their columns are the
 * contract, the table's columns are workers' own.
 */

/** `(worker_id, worker_name)` of every worker. */
export const WORKER_NAMES = '(SELECT id AS worker_id, name AS worker_name FROM worker)';

/** `(worker_id, worker_seq)`: each worker's number in the report roll-up's worker sets. */
export const WORKER_NUMBERS = '(SELECT id AS worker_id, list_seq AS worker_seq FROM worker)';
