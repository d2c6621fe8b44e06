/**
 * The SQL condition `"column" IN ('a', 'b')` of a CHECK constraint, built from the shared
 * constants so that the database allows exactly the values the code knows. The values are the
 * domain's own identifiers (lower-case words), never user input.
 */
export function sqlIn(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;
}
