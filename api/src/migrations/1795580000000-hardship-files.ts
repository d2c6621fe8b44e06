import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hardship worker files (困难职工档案): the file, its append-only history and its numbers. One
 * file per worker that is not closed, rejected or withdrawn (a partial unique index).
 */
export class HardshipFiles1795580000000 implements MigrationInterface {
  name = 'HardshipFiles1795580000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "hardship_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list_seq" BIGSERIAL NOT NULL, "file_no" character varying(20) NOT NULL, "worker_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "tier" character varying(16) NOT NULL, "per_capita_income" bigint NOT NULL, "poverty_line" bigint NOT NULL, "relative_multiple_tenths" integer NOT NULL, "sudden_share_percent" integer NOT NULL, "members" jsonb NOT NULL, "monthly_rigid_expenses" bigint NOT NULL, "sudden_expenses_12m" bigint NOT NULL DEFAULT '0', "main_cause" character varying(32) NOT NULL, "secondary_causes" text array NOT NULL DEFAULT '{}', "note" text, "active_since" date, "review_due_on" date, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "hardship_file_file_no_key" UNIQUE ("file_no"), CONSTRAINT "hardship_file_expenses_check" CHECK ("monthly_rigid_expenses" >= 0 AND "sudden_expenses_12m" >= 0), CONSTRAINT "hardship_file_main_cause_check" CHECK ("main_cause" IN ('illness', 'disability', 'schooling', 'disaster', 'accident', 'unemployment', 'low_income', 'enterprise_difficulty', 'single_parent', 'other')), CONSTRAINT "hardship_file_tier_check" CHECK ("tier" IN ('deep', 'relative', 'sudden', 'none')), CONSTRAINT "hardship_file_status_check" CHECK ("status" IN ('draft', 'submitted', 'active', 'returned', 'rejected', 'withdrawn', 'closed')), CONSTRAINT "PK_hardship_file" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "hardship_file_list_seq_key" ON "hardship_file"  ("list_seq") `);
    await queryRunner.query(`CREATE INDEX "hardship_file_unit_idx" ON "hardship_file"  ("unit_id", "list_seq") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "hardship_file_open_worker_key" ON "hardship_file"  ("worker_id") WHERE status NOT IN ('closed', 'rejected', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "file_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "file_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "comment" text, CONSTRAINT "PK_file_event" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "file_event_file_idx" ON "file_event"  ("file_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "file_number_counter" ("year" integer NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "PK_file_number_counter" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "hardship_file" ADD CONSTRAINT "hardship_file_worker_fkey" FOREIGN KEY ("worker_id") REFERENCES "worker"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hardship_file" ADD CONSTRAINT "hardship_file_unit_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hardship_file" ADD CONSTRAINT "hardship_file_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Written by hand: a file's history is append-only, like a case's.
    await queryRunner.query(`CREATE TRIGGER file_event_no_update_or_delete BEFORE UPDATE OR DELETE ON "file_event"
            FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER file_event_no_update_or_delete ON "file_event"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP CONSTRAINT "hardship_file_created_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP CONSTRAINT "hardship_file_unit_fkey"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP CONSTRAINT "hardship_file_worker_fkey"`);
    await queryRunner.query(`DROP TABLE "file_number_counter"`);
    await queryRunner.query(`DROP INDEX "public"."file_event_file_idx"`);
    await queryRunner.query(`DROP TABLE "file_event"`);
    await queryRunner.query(`DROP INDEX "public"."hardship_file_open_worker_key"`);
    await queryRunner.query(`DROP INDEX "public"."hardship_file_unit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."hardship_file_list_seq_key"`);
    await queryRunner.query(`DROP TABLE "hardship_file"`);
  }
}
