import { cpus, totalmem } from 'node:os';
import type { Pool } from 'pg';

/** The machine the numbers were taken on. */
export async function machineLines(pool: Pool): Promise<string[]> {
  const cores = cpus();
  const { rows } = await pool.query<{ server_version: string }>('SHOW server_version');
  return [
    `CPU        ${cores[0]?.model ?? 'unknown'} × ${cores.length} cores`,
    `RAM        ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `Node       ${process.version}`,
    `PostgreSQL ${rows[0].server_version}`,
  ];
}

/** Row counts of the seeded tables. */
export async function dataSizeLines(pool: Pool): Promise<string[]> {
  const { rows } = await pool.query<Record<string, string>>(`SELECT
    (SELECT count(*) FROM unit) AS units,
    (SELECT count(*) FROM worker) AS workers,
    (SELECT count(*) FROM aid_case) AS cases,
    (SELECT count(*) FROM disbursement WHERE amount > 0) AS payments,
    (SELECT count(*) FROM disbursement WHERE amount < 0) AS reversals,
    (SELECT count(*) FROM fund) AS funds,
    (SELECT count(*) FROM fund_allocation) AS allocations,
    (SELECT count(*) FROM disbursement_rollup) AS rollup_cells,
    (SELECT min(paid_on)::text || ' … ' || max(paid_on)::text FROM disbursement) AS paid_on,
    (SELECT count(*) FROM hardship_file) AS files,
    (SELECT count(*) FROM file_follow_up) AS follow_ups,
    (SELECT count(*) FROM worker_import) AS imports`);
  const r = rows[0];
  const n = (key: string) => Number(r[key]).toLocaleString('en');
  return [
    `units ${n('units')}, workers ${n('workers')}, cases ${n('cases')}, funds ${n('funds')} (${n('allocations')} allocations)`,
    `disbursements ${n('payments')} payments + ${n('reversals')} reversals, paid ${r['paid_on']}; roll-up cells ${n('rollup_cells')}`,
    `hardship files ${n('files')} (${n('follow_ups')} follow-up visits), worker imports ${n('imports')}`,
  ];
}
