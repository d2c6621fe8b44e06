import { MigrationInterface, QueryRunner } from 'typeorm';

/** Funds, their allocations, disbursements with reversals, and idempotency keys of payments. */
export class FundsAndDisbursements1795546598809 implements MigrationInterface {
  name = 'FundsAndDisbursements1795546598809';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_record" ("user_id" uuid NOT NULL, "key" character varying(200) NOT NULL, "request_hash" character(64) NOT NULL, "response_status" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ff6ff6e4a7c261b21e30f0280a7" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idempotency_record_created_idx" ON "idempotency_record"  ("created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "fund" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "source" character varying(16) NOT NULL, "unit_id" uuid NOT NULL, "allocated" bigint NOT NULL DEFAULT '0', "disbursed" bigint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "fund_code_key" UNIQUE ("code"), CONSTRAINT "fund_balance_check" CHECK ("allocated" >= 0 AND "disbursed" >= 0 AND "allocated" >= "disbursed"), CONSTRAINT "fund_source_check" CHECK ("source" IN ('union_budget', 'lottery_fund', 'donation', 'government', 'other')), CONSTRAINT "PK_b3ac6e413e6e449bb499db1ccbc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "fund_unit_idx" ON "fund"  ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "fund_allocation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "fund_id" uuid NOT NULL, "amount" bigint NOT NULL, "note" character varying(200), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "fund_allocation_amount_check" CHECK ("amount" > 0), CONSTRAINT "PK_19778154c029ebb62d81055a4e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "fund_allocation_fund_idx" ON "fund_allocation"  ("fund_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "disbursement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list_seq" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, "case_type" character varying(16) NOT NULL, "worker_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "fund_id" uuid NOT NULL, "amount" bigint NOT NULL, "method" character varying(8) NOT NULL, "paid_on" date NOT NULL, "reference" character varying(100), "reverses_id" uuid, "reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "disbursement_reverses_key" UNIQUE ("reverses_id"), CONSTRAINT "disbursement_kind_check" CHECK (("amount" > 0 AND "reverses_id" IS NULL) OR ("amount" < 0 AND "reverses_id" IS NOT NULL AND "reason" IS NOT NULL)), CONSTRAINT "disbursement_method_check" CHECK ("method" IN ('bank', 'cash', 'in_kind')), CONSTRAINT "PK_463ed35f32b733386261ab7d7fa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "disbursement_list_seq_key" ON "disbursement"  ("list_seq") `,
    );
    await queryRunner.query(
      `CREATE INDEX "disbursement_paid_on_idx" ON "disbursement"  ("paid_on", "list_seq") `,
    );
    await queryRunner.query(
      `CREATE INDEX "disbursement_unit_idx" ON "disbursement"  ("unit_id", "paid_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "disbursement_fund_idx" ON "disbursement"  ("fund_id", "paid_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "disbursement_case_idx" ON "disbursement"  ("case_id", "list_seq") `,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_case" ADD CONSTRAINT "aid_case_disbursed_check" CHECK ("disbursed_amount" <= COALESCE("approved_amount", 0))`,
    );
    await queryRunner.query(
      `ALTER TABLE "fund" ADD CONSTRAINT "fund_unit_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fund_allocation" ADD CONSTRAINT "fund_allocation_fund_fkey" FOREIGN KEY ("fund_id") REFERENCES "fund"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_case_fkey" FOREIGN KEY ("case_id") REFERENCES "aid_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_fund_fkey" FOREIGN KEY ("fund_id") REFERENCES "fund"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_reverses_fkey" FOREIGN KEY ("reverses_id") REFERENCES "disbursement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // Written by hand: the money ledger is append-only, like the audit trail.
    for (const table of ['fund_allocation', 'disbursement']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_no_update_or_delete BEFORE UPDATE OR DELETE ON "${table}"
                FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['fund_allocation', 'disbursement']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_update_or_delete ON "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "disbursement" DROP CONSTRAINT "disbursement_reverses_fkey"`);
    await queryRunner.query(`ALTER TABLE "disbursement" DROP CONSTRAINT "disbursement_fund_fkey"`);
    await queryRunner.query(`ALTER TABLE "disbursement" DROP CONSTRAINT "disbursement_case_fkey"`);
    await queryRunner.query(`ALTER TABLE "fund_allocation" DROP CONSTRAINT "fund_allocation_fund_fkey"`);
    await queryRunner.query(`ALTER TABLE "fund" DROP CONSTRAINT "fund_unit_fkey"`);
    await queryRunner.query(`ALTER TABLE "aid_case" DROP CONSTRAINT "aid_case_disbursed_check"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_fund_idx"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_unit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_paid_on_idx"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_list_seq_key"`);
    await queryRunner.query(`DROP TABLE "disbursement"`);
    await queryRunner.query(`DROP INDEX "public"."fund_allocation_fund_idx"`);
    await queryRunner.query(`DROP TABLE "fund_allocation"`);
    await queryRunner.query(`DROP INDEX "public"."fund_unit_idx"`);
    await queryRunner.query(`DROP TABLE "fund"`);
    await queryRunner.query(`DROP INDEX "public"."idempotency_record_created_idx"`);
    await queryRunner.query(`DROP TABLE "idempotency_record"`);
  }
}
