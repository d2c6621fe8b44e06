import { setImmediate as nextTurn } from 'node:timers/promises';
import { EntityManager } from 'typeorm';

/**
 * Inserts many rows in a few statements: each batch goes as one array per column through
 * `unnest`, which PostgreSQL turns back into rows. `columns` maps column names to their types;
 * `toRow` makes an item's row (encrypting, say) when its batch is due. A batch's rows are made
 * while PostgreSQL inserts the batch before, so Node and the database work at the same time.
 */
export async function bulkInsert<Item>(
  manager: EntityManager,
  table: string,
  columns: Readonly<Record<string, string>>,
  items: readonly Item[],
  toRow: (item: Item, index: number) => Record<string, unknown>,
  batchSize = 5_000,
): Promise<void> {
  const names = Object.keys(columns);
  const arrays = names.map((name, i) => `$${i + 1}::${columns[name]}[]`).join(', ');
  const sql = `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')}) SELECT * FROM unnest(${arrays})`;
  let running: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < items.length; start += batchSize) {
    const rows = items.slice(start, start + batchSize).map((item, i) => toRow(item, start + i));
    const parameters = names.map((name) => rows.map((row) => row[name] ?? null));
    await running;
    running = manager.query(sql, parameters);
    // Handled when awaited; this only keeps a failure from being reported as unhandled meanwhile.
    running.catch(() => undefined);
    // Lets the statement go out before the next batch is made.
    await nextTurn();
  }
  await running;
}

/**
 * Runs `load` on `tables` stripped of their foreign keys and secondary indexes, then builds them
 * again exactly as they were (their definitions read from the catalog): a sort per index and a
 * join per key instead of a look-up per inserted row, as PostgreSQL's "Populating a Database"
 * advises. Primary keys and unique constraints stay. In the caller's transaction: if `load` or a
 * check fails, nothing of it stays.
 */
export async function loadInBulk<T>(
  manager: EntityManager,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const keys = await manager.query<{ table: string; name: string; definition: string }[]>(
    `SELECT conrelid::regclass::text AS table, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[]) ORDER BY conname`,
    [tables],
  );
  const indexes = await manager.query<{ name: string; definition: string }[]>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = i.indrelid AND c.conindid = i.indexrelid)
     ORDER BY 1`,
    [tables],
  );
  for (const key of keys) await manager.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}`);
  for (const index of indexes) await manager.query(`DROP INDEX ${index.name}`);
  const result = await load();
  for (const index of indexes) await manager.query(index.definition);
  for (const key of keys)
    await manager.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} ${key.definition}`);
  return result;
}
