import type { Client } from 'pg';

/**
 * Indexes and constraints of the bulk-loaded tables, taken off while the rows go in and put
 * back afterwards from their own definitions (so what comes back is exactly what the
 * migrations made): building an index once over sorted data is far cheaper than millions of
 * single inserts into it, and a foreign key added afterwards is checked by one join.
 */
export interface SavedIndexes {
  foreignKeys: string[];
  keys: string[];
  indexes: string[];
}

export async function dropIndexes(client: Client, tables: string[]): Promise<SavedIndexes> {
  const constraints = await client.query<{ name: string; tab: string; contype: string; def: string }>(
    `SELECT conname AS name, conrelid::regclass::text AS tab, contype, pg_get_constraintdef(oid) AS def
     FROM pg_constraint
     WHERE contype IN ('f', 'p', 'u') AND (conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[]))`,
    [tables],
  );
  const indexes = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i
     WHERE i.indrelid = ANY($1::regclass[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u'))`,
    [tables],
  );
  const add = (c: { name: string; tab: string; def: string }) =>
    `ALTER TABLE ${c.tab} ADD CONSTRAINT "${c.name}" ${c.def}`;
  const saved: SavedIndexes = {
    foreignKeys: constraints.rows.filter((c) => c.contype === 'f').map(add),
    keys: constraints.rows.filter((c) => c.contype !== 'f').map(add),
    indexes: indexes.rows.map((i) => i.def),
  };
  for (const c of [...constraints.rows].sort((a, b) =>
    a.contype === 'f' ? -1 : b.contype === 'f' ? 1 : 0,
  )) {
    await client.query(`ALTER TABLE ${c.tab} DROP CONSTRAINT "${c.name}"`);
  }
  for (const index of indexes.rows) await client.query(`DROP INDEX ${index.name}`);
  return saved;
}

/** Rebuilds the indexes on `clients` side by side (one statement per connection at a time), then the keys. */
export async function restoreIndexes(clients: Client[], saved: SavedIndexes): Promise<void> {
  await inParallel(clients, [...saved.keys, ...saved.indexes]);
  // Foreign keys last, one at a time: each is validated against the keys just rebuilt, and two
  // validations on one table would only queue for its lock.
  for (const statement of saved.foreignKeys) await clients[0].query(statement);
}

async function inParallel(clients: Client[], statements: string[]): Promise<void> {
  const queue = [...statements];
  await Promise.all(
    clients.map(async (client) => {
      for (let next = queue.shift(); next; next = queue.shift()) await client.query(next);
    }),
  );
}
