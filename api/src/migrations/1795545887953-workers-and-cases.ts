import { MigrationInterface, QueryRunner } from 'typeorm';

/** Hardship workers, aid cases with their history, and case numbering. */
export class WorkersAndCases1795545887953 implements MigrationInterface {
  name = 'WorkersAndCases1795545887953';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "worker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list_seq" BIGSERIAL NOT NULL, "name" character varying(50) NOT NULL, "id_number" character varying(18) NOT NULL, "unit_id" uuid NOT NULL, "gender" character varying(6) NOT NULL, "birth_date" date NOT NULL, "migrant_worker" boolean NOT NULL DEFAULT false, "phone" character varying(20), "employer" character varying(100), "address" character varying(200), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "worker_id_number_key" UNIQUE ("id_number"), CONSTRAINT "worker_gender_check" CHECK ("gender" IN ('male', 'female')), CONSTRAINT "PK_dc8175fa0e34ce7a39e4ec73b94" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "worker_list_seq_key" ON "worker"  ("list_seq") `);
    await queryRunner.query(`CREATE INDEX "worker_unit_idx" ON "worker"  ("unit_id", "list_seq") `);
    await queryRunner.query(
      `CREATE TABLE "aid_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list_seq" BIGSERIAL NOT NULL, "case_no" character varying(20) NOT NULL, "type" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "worker_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "requested_amount" bigint NOT NULL, "approved_amount" bigint, "disbursed_amount" bigint NOT NULL DEFAULT '0', "summary" text NOT NULL, "details" jsonb NOT NULL, "outcome" character varying(16), "recovered_amount" bigint, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "aid_case_case_no_key" UNIQUE ("case_no"), CONSTRAINT "aid_case_amounts_check" CHECK ("requested_amount" >= 0 AND "disbursed_amount" >= 0 AND ("approved_amount" IS NULL OR ("approved_amount" >= 0 AND "approved_amount" <= "requested_amount"))), CONSTRAINT "aid_case_status_check" CHECK ("status" IN ('draft', 'submitted', 'approved', 'disbursed', 'closed', 'returned', 'rejected', 'withdrawn')), CONSTRAINT "aid_case_type_check" CHECK ("type" IN ('hardship', 'medical', 'education', 'legal')), CONSTRAINT "PK_75ef5dcb5b5cdebffcd45f6f34d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "aid_case_list_seq_key" ON "aid_case"  ("list_seq") `);
    await queryRunner.query(`CREATE INDEX "aid_case_type_idx" ON "aid_case"  ("type", "list_seq") `);
    await queryRunner.query(`CREATE INDEX "aid_case_status_idx" ON "aid_case"  ("status", "list_seq") `);
    await queryRunner.query(`CREATE INDEX "aid_case_worker_idx" ON "aid_case"  ("worker_id", "list_seq") `);
    await queryRunner.query(`CREATE INDEX "aid_case_unit_idx" ON "aid_case"  ("unit_id", "list_seq") `);
    await queryRunner.query(
      `CREATE TABLE "case_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "case_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "comment" text, CONSTRAINT "PK_5b6e18b2d4fd178711a2269645e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_event_case_idx" ON "case_event"  ("case_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "case_number_counter" ("type" character varying(16) NOT NULL, "year" integer NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "PK_2b0706e930f730a678ba7500c96" PRIMARY KEY ("type", "year"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "worker" ADD CONSTRAINT "worker_unit_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_case" ADD CONSTRAINT "aid_case_worker_fkey" FOREIGN KEY ("worker_id") REFERENCES "worker"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_case" ADD CONSTRAINT "aid_case_unit_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_case" ADD CONSTRAINT "aid_case_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // Written by hand: name-fragment search, and a case history that is never rewritten.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "worker_name_trgm_idx" ON "worker" USING gin ("name" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE TRIGGER case_event_no_update_or_delete BEFORE UPDATE OR DELETE ON "case_event"
            FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER case_event_no_update_or_delete ON "case_event"`);
    await queryRunner.query(`DROP INDEX "public"."worker_name_trgm_idx"`);
    await queryRunner.query(`ALTER TABLE "aid_case" DROP CONSTRAINT "aid_case_created_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "aid_case" DROP CONSTRAINT "aid_case_unit_fkey"`);
    await queryRunner.query(`ALTER TABLE "aid_case" DROP CONSTRAINT "aid_case_worker_fkey"`);
    await queryRunner.query(`ALTER TABLE "worker" DROP CONSTRAINT "worker_unit_fkey"`);
    await queryRunner.query(`DROP TABLE "case_number_counter"`);
    await queryRunner.query(`DROP INDEX "public"."case_event_case_idx"`);
    await queryRunner.query(`DROP TABLE "case_event"`);
    await queryRunner.query(`DROP INDEX "public"."aid_case_unit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_case_worker_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_case_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_case_type_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_case_list_seq_key"`);
    await queryRunner.query(`DROP TABLE "aid_case"`);
    await queryRunner.query(`DROP INDEX "public"."worker_unit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."worker_list_seq_key"`);
    await queryRunner.query(`DROP TABLE "worker"`);
  }
}
