import { MigrationInterface, QueryRunner } from 'typeorm';
import { fieldKeyring, mapJsonFields, rewriteRows } from '@worker-aid/api/core';
import { CASE_DETAILS_COLUMN, ENCRYPTED_DETAIL_FIELDS, HAS_ENCRYPTED_DETAILS } from '@worker-aid/api/cases';
import { WORKER_ENCRYPTED } from '@worker-aid/api/workers';

const DETAILS_WITH_SECRETS = `SELECT id, details FROM aid_case
  WHERE id > $1 AND ${HAS_ENCRYPTED_DETAILS} ORDER BY id LIMIT $2`;

/**
 * Identity numbers, phones, medical diagnoses and children's names encrypted at rest
 * (AES-256-GCM), identity numbers found and kept unique through a blind index, and a column
 * for the bank account. Existing rows are converted here, with the keys the server starts with.
 */
export class EncryptSensitiveFields1795563184815 implements MigrationInterface {
  name = 'EncryptSensitiveFields1795563184815';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "worker" ADD "id_number_encrypted" text, ADD "id_number_index" bytea, ADD "phone_encrypted" text, ADD "bank_account_encrypted" text`,
    );
    await rewriteRows<{ id: string; id_number: string; phone: string | null }>(queryRunner.manager, {
      table: 'worker',
      select: 'SELECT id, id_number, phone FROM worker WHERE id > $1 ORDER BY id LIMIT $2',
      columns: { id_number_encrypted: 'text', id_number_index: 'bytea', phone_encrypted: 'text' },
      convert: (row) => ({
        id_number_encrypted: fieldKeyring().encrypt(row.id_number, WORKER_ENCRYPTED.idNumber),
        id_number_index: fieldKeyring().blindIndex(row.id_number, WORKER_ENCRYPTED.idNumber),
        phone_encrypted:
          row.phone === null ? null : fieldKeyring().encrypt(row.phone, WORKER_ENCRYPTED.phone),
      }),
    });
    await rewriteDetails(queryRunner, (text, context) => fieldKeyring().encrypt(text, context));
    await queryRunner.query(
      `ALTER TABLE "worker" ALTER "id_number_encrypted" SET NOT NULL, ALTER "id_number_index" SET NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "worker" DROP CONSTRAINT "worker_id_number_key"`);
    await queryRunner.query(`ALTER TABLE "worker" DROP COLUMN "id_number", DROP COLUMN "phone"`);
    await queryRunner.query(
      `ALTER TABLE "worker" ADD CONSTRAINT "worker_id_number_index_key" UNIQUE ("id_number_index")`,
    );
  }

  /** Back to plaintext; bank accounts, which had no column before, are lost. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "worker" ADD "id_number" character varying(18), ADD "phone" character varying(20)`,
    );
    await rewriteRows<{ id: string; id_number_encrypted: string; phone_encrypted: string | null }>(
      queryRunner.manager,
      {
        table: 'worker',
        select:
          'SELECT id, id_number_encrypted, phone_encrypted FROM worker WHERE id > $1 ORDER BY id LIMIT $2',
        columns: { id_number: 'varchar', phone: 'varchar' },
        convert: (row) => ({
          id_number: fieldKeyring().decrypt(row.id_number_encrypted, WORKER_ENCRYPTED.idNumber),
          phone:
            row.phone_encrypted === null
              ? null
              : fieldKeyring().decrypt(row.phone_encrypted, WORKER_ENCRYPTED.phone),
        }),
      },
    );
    await rewriteDetails(queryRunner, (text, context) => fieldKeyring().decrypt(text, context));
    await queryRunner.query(`ALTER TABLE "worker" ALTER "id_number" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "worker" DROP CONSTRAINT "worker_id_number_index_key"`);
    await queryRunner.query(
      `ALTER TABLE "worker" DROP COLUMN "id_number_encrypted", DROP COLUMN "id_number_index", DROP COLUMN "phone_encrypted", DROP COLUMN "bank_account_encrypted"`,
    );
    await queryRunner.query(
      `ALTER TABLE "worker" ADD CONSTRAINT "worker_id_number_key" UNIQUE ("id_number")`,
    );
  }
}

function rewriteDetails(
  queryRunner: QueryRunner,
  convert: (text: string, context: string) => string,
): Promise<number> {
  return rewriteRows<{ id: string; details: Record<string, unknown> }>(queryRunner.manager, {
    table: 'aid_case',
    select: DETAILS_WITH_SECRETS,
    columns: { details: 'jsonb' },
    convert: (row) => ({
      details: mapJsonFields(row.details, ENCRYPTED_DETAIL_FIELDS, CASE_DETAILS_COLUMN, convert),
    }),
  });
}
