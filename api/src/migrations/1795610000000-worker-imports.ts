import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Worker imports: the uploaded sheet (encrypted until it is checked) with its counts, and each
 * row with its result, problems and encrypted cells. The background jobs themselves live in
 * pg-boss's own schema, which pg-boss creates and migrates when the API starts.
 */
export class WorkerImports1795610000000 implements MigrationInterface {
  name = 'WorkerImports1795610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "worker_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list_seq" BIGSERIAL NOT NULL, "kind" character varying(16) NOT NULL, "status" character varying(12) NOT NULL, "unit_id" uuid NOT NULL, "created_by" uuid NOT NULL, "file_name_encrypted" text NOT NULL, "format" character varying(4) NOT NULL, "content_encrypted" bytea, "total" integer NOT NULL, "processed" integer NOT NULL DEFAULT '0', "valid" integer NOT NULL DEFAULT '0', "invalid" integer NOT NULL DEFAULT '0', "duplicates" integer NOT NULL DEFAULT '0', "imported" integer NOT NULL DEFAULT '0', "failure" character varying(60), "runner" uuid, "heartbeat_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "validated_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "worker_import_counts_check" CHECK ("processed" >= 0 AND "valid" >= 0 AND "invalid" >= 0 AND "duplicates" >= 0 AND "imported" >= 0), CONSTRAINT "worker_import_format_check" CHECK ("format" IN ('xlsx', 'csv')), CONSTRAINT "worker_import_status_check" CHECK ("status" IN ('queued', 'validating', 'validated', 'importing', 'done', 'failed')), CONSTRAINT "worker_import_kind_check" CHECK ("kind" IN ('workers')), CONSTRAINT "PK_worker_import" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "worker_import_list_seq_key" ON "worker_import"  ("list_seq") `,
    );
    await queryRunner.query(
      `CREATE INDEX "worker_import_unit_idx" ON "worker_import"  ("unit_id", "list_seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "worker_import_row" ("import_id" uuid NOT NULL, "row_number" integer NOT NULL, "result" character varying(10) NOT NULL, "problems" jsonb NOT NULL DEFAULT '[]', "cells_encrypted" text NOT NULL, "unit_id" uuid, "worker_id" uuid, CONSTRAINT "worker_import_row_imported_check" CHECK (("result" = 'imported') = ("worker_id" IS NOT NULL)), CONSTRAINT "worker_import_row_result_check" CHECK ("result" IN ('valid', 'invalid', 'duplicate', 'imported')), CONSTRAINT "PK_worker_import_row" PRIMARY KEY ("import_id", "row_number"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "worker_import_row_valid_idx" ON "worker_import_row"  ("import_id", "row_number") WHERE "result" = 'valid'`,
    );
    await queryRunner.query(
      `ALTER TABLE "worker_import" ADD CONSTRAINT "worker_import_unit_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "worker_import" ADD CONSTRAINT "worker_import_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "worker_import_row" ADD CONSTRAINT "worker_import_row_import_fkey" FOREIGN KEY ("import_id") REFERENCES "worker_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "worker_import_row" DROP CONSTRAINT "worker_import_row_import_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "worker_import" DROP CONSTRAINT "worker_import_created_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "worker_import" DROP CONSTRAINT "worker_import_unit_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."worker_import_row_valid_idx"`);
    await queryRunner.query(`DROP TABLE "worker_import_row"`);
    await queryRunner.query(`DROP INDEX "public"."worker_import_unit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."worker_import_list_seq_key"`);
    await queryRunner.query(`DROP TABLE "worker_import"`);
  }
}
