import type { Client } from 'pg';
import { type FieldKeyring, jsonFieldContext } from '@worker-aid/api/core';
import { CASE_DETAILS_COLUMN } from '@worker-aid/api/cases';
import { WORKER_ENCRYPTED } from '@worker-aid/api/workers';
import { ENCRYPTED_POOL } from './seed-rows.sql';

const BATCH = 10_000;

interface PlainWorker {
  id: string;
  list_seq: string;
  id_number: string;
  phone: string;
  bank_account: string;
}

/**
 * Moves the workers workersSql staged in plaintext into `worker`, batch by batch, encrypting the
 * identity number, phone and bank account and computing the identity number's blind index on
 * the way, as the app does for each registration; then drops the staging table.
 */
export async function insertEncryptedWorkers(
  client: Client,
  keyring: FieldKeyring,
  adminId: string,
): Promise<void> {
  let after = 0;
  for (;;) {
    const { rows } = await client.query<PlainWorker>(
      `SELECT id, list_seq, id_number, phone, bank_account FROM bench_worker_plain
       WHERE list_seq > $1 ORDER BY list_seq LIMIT ${BATCH}`,
      [after],
    );
    if (rows.length === 0) break;
    after = Number(rows[rows.length - 1].list_seq);
    await client.query(
      `INSERT INTO worker (id, list_seq, name, id_number_encrypted, id_number_index, unit_id, gender, birth_date,
                           migrant_worker, phone_encrypted, bank_account_encrypted, employer, address,
                           created_by, created_at, updated_at)
       SELECT p.id, p.list_seq, p.name, e.id_number, e.id_index, p.unit_id, p.gender, p.birth_date,
              p.migrant_worker, e.phone, e.bank_account, p.employer, p.address,
              $1, timestamptz '2012-12-01 09:00:00+08', timestamptz '2012-12-01 09:00:00+08'
       FROM unnest($2::uuid[], $3::text[], $4::bytea[], $5::text[], $6::text[])
            AS e(id, id_number, id_index, phone, bank_account)
       JOIN bench_worker_plain p ON p.id = e.id`,
      [
        adminId,
        rows.map((r) => r.id),
        rows.map((r) => keyring.encrypt(r.id_number, WORKER_ENCRYPTED.idNumber)),
        rows.map((r) => keyring.blindIndex(r.id_number, WORKER_ENCRYPTED.idNumber)),
        rows.map((r) => keyring.encrypt(r.phone, WORKER_ENCRYPTED.phone)),
        rows.map((r) => keyring.encrypt(r.bank_account, WORKER_ENCRYPTED.bankAccount)),
      ],
    );
  }
  await client.query('DROP TABLE bench_worker_plain');
}

/** casesSql's `$2` and `$3`: encryptions of the one diagnosis and the one child's name it uses. */
export function encryptedDetailPools(keyring: FieldKeyring): [string[], string[]] {
  const pool = (text: string, field: string) =>
    Array.from({ length: ENCRYPTED_POOL }, () =>
      keyring.encrypt(text, jsonFieldContext(CASE_DETAILS_COLUMN, field)),
    );
  return [pool('慢性肾功能衰竭', 'diagnosis'), pool('职工子女', 'childName')];
}
