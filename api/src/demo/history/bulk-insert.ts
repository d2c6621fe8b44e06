import { EntityManager } from 'typeorm';

/**
 * Inserts many rows in a few statements: each batch goes as one array per column through
 * `unnest`, which PostgreSQL turns back into rows. `columns` maps column names to their types.
 */
export async function bulkInsert<Row extends object>(
  manager: EntityManager,
  table: string,
  columns: Readonly<Record<string, string>>,
  rows: readonly Row[],
  batchSize = 5_000,
): Promise<void> {
  const names = Object.keys(columns);
  const arrays = names.map((name, i) => `$${i + 1}::${columns[name]}[]`).join(', ');
  const sql = `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')}) SELECT * FROM unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize) as Record<string, unknown>[];
    await manager.query(
      sql,
      names.map((name) => batch.map((row) => row[name] ?? null)),
    );
  }
}
