import type { Pool } from 'pg';

/** The unit path a user's scope starts from (`/<center>/…/<unit>/`). */
export async function scopePathOf(pool: Pool, username: string): Promise<string> {
  const { rows } = await pool.query<{ path: string }>(
    'SELECT u.path FROM app_user a JOIN unit u ON u.id = a.unit_id WHERE a.username = $1',
    [username],
  );
  if (!rows[0]) throw new Error(`no user ${username}: is wa_bench seeded?`);
  return rows[0].path;
}
