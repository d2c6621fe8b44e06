/**
 * What the files feature publishes for other features' set-based SQL — a campaign's roster
 * built in one statement from the active files. Join these, never the `hardship_file` table:
 * their columns are the contract, the table's columns are files' own.
 */

/** `(file_id, file_no, worker_id, unit_id, tier)` of every active file (in force, notice or not). */
export const ACTIVE_FILES = `(SELECT id AS file_id, file_no, worker_id, unit_id, tier FROM hardship_file WHERE status = 'active')`;

/** `(file_id, file_no)` of every file, whatever its status. */
export const FILE_NUMBERS = '(SELECT id AS file_id, file_no FROM hardship_file)';
