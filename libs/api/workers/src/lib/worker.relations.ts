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

/** `(worker_id, migrant_worker)`: whether each worker is flagged as a migrant worker (农民工). */
export const WORKER_MIGRANT_FLAGS = '(SELECT id AS worker_id, migrant_worker FROM worker)';

/**
 * `(worker_id, id_number_index)`: each worker's blind index of the identity number, to find a
 * worker by an exact number (`idNumberIndex` of the normalised number).
 */
export const WORKER_ID_NUMBER_INDEXES = '(SELECT id AS worker_id, id_number_index FROM worker)';
