/**
 * What the units feature publishes for other features' set-based SQL — a report's aggregate,
 * the roll-up's rebuild — where asking `UnitsService` row by row would not do. Join these,
 * never the `unit` table: their columns are the contract, the table's columns are units' own.
 */

/** `(unit_id, unit_path)` of every unit; `unit_path` is `/<center id>/…/<own id>/`. */
export const UNIT_PATHS = '(SELECT id AS unit_id, path AS unit_path FROM unit)';

/** `(unit_id, ancestor_id)`: each unit paired with itself and with every unit above it. */
export const UNIT_AND_ANCESTORS = `(SELECT u.id AS unit_id, a.ancestor_id
  FROM unit u CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from u.path), '/')::uuid[]) AS a(ancestor_id))`;

/** `(unit_id, unit_code)` of every unit: rosters are ordered by it. */
export const UNIT_CODES = '(SELECT id AS unit_id, code AS unit_code FROM unit)';
