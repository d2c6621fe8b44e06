/** One pass over a table that rewrites some columns of some rows: see `rewriteRows`. */
export interface RowRewrite<Row extends { id: string }> {
  table: string;
  /** `SELECT id, … FROM … WHERE id > $1 … ORDER BY id LIMIT $2`: the rows to look at, in id order. */
  select: string;
  /** The columns written back, with their PostgreSQL types, e.g. `{ details: 'jsonb' }`. */
  columns: Record<string, string>;
  /** The row's new column values, or null to leave it as it is. */
  convert: (row: Row) => Record<string, unknown> | null;
}

/**
 * Reads a table batch by batch in id order and writes each batch's changes back with one
 * `UPDATE … FROM unnest(…)`; for converting sensitive fields (migrations, key rotation), where
 * the work must happen in Node because PostgreSQL cannot do AES-GCM. Returns the rows rewritten.
 */
export async function rewriteRows<Row extends { id: string }>(
  manager: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  rewrite: RowRewrite<Row>,
  batchSize = 2_000,
): Promise<number> {
  const names = Object.keys(rewrite.columns);
  const assignments = names.map((name) => `"${name}" = v."${name}"`).join(', ');
  const arrays = names.map((name, i) => `$${i + 2}::${rewrite.columns[name]}[]`).join(', ');
  const update = `UPDATE "${rewrite.table}" t SET ${assignments}
    FROM unnest($1::uuid[], ${arrays}) AS v(id, ${names.map((n) => `"${n}"`).join(', ')}) WHERE t.id = v.id`;
  let after = '00000000-0000-0000-0000-000000000000';
  let rewritten = 0;
  for (;;) {
    const rows = (await manager.query(rewrite.select, [after, batchSize])) as Row[];
    if (rows.length === 0) return rewritten;
    after = rows[rows.length - 1].id;
    const ids: string[] = [];
    const values = names.map(() => [] as unknown[]);
    for (const row of rows) {
      const changed = rewrite.convert(row);
      if (!changed) continue;
      ids.push(row.id);
      names.forEach((name, i) => values[i].push(changed[name]));
    }
    if (ids.length > 0) await manager.query(update, [ids, ...values]);
    rewritten += ids.length;
  }
}
