import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A hardship file's exit (解困脱困) and annual review, and the follow-up visits due after an exit.
 */
export class FileExits1795590000000 implements MigrationInterface {
  name = 'FileExits1795590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "file_follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_id" uuid NOT NULL, "due_on" date NOT NULL, "done_on" date, "relapsed" boolean, "note" text, "visited_by" uuid, "reopened_file_id" uuid, CONSTRAINT "file_follow_up_done_check" CHECK (("done_on" IS NULL) = ("relapsed" IS NULL) AND ("done_on" IS NULL) = ("visited_by" IS NULL)), CONSTRAINT "PK_file_follow_up" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "file_follow_up_open_due_idx" ON "file_follow_up"  ("due_on") WHERE "done_on" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "file_follow_up_file_idx" ON "file_follow_up"  ("file_id", "due_on") `,
    );
    await queryRunner.query(`ALTER TABLE "hardship_file" ADD "last_reviewed_on" date`);
    await queryRunner.query(`ALTER TABLE "hardship_file" ADD "closed_on" date`);
    await queryRunner.query(`ALTER TABLE "hardship_file" ADD "exit_reason" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "hardship_file" ADD "exit_note" text`);
    await queryRunner.query(`ALTER TABLE "hardship_file" ADD "reopened_from_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "hardship_file" ADD CONSTRAINT "hardship_file_closed_check" CHECK (("status" = 'closed') = ("closed_on" IS NOT NULL AND "exit_reason" IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "hardship_file" ADD CONSTRAINT "hardship_file_exit_reason_check" CHECK ("exit_reason" IN ('income_above_line', 'reemployed', 'retired', 'moved_away', 'deceased', 'other'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "hardship_file" ADD CONSTRAINT "hardship_file_reopened_from_fkey" FOREIGN KEY ("reopened_from_id") REFERENCES "hardship_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "file_follow_up" ADD CONSTRAINT "file_follow_up_file_fkey" FOREIGN KEY ("file_id") REFERENCES "hardship_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "file_follow_up" ADD CONSTRAINT "file_follow_up_visited_by_fkey" FOREIGN KEY ("visited_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "file_follow_up" ADD CONSTRAINT "file_follow_up_reopened_file_fkey" FOREIGN KEY ("reopened_file_id") REFERENCES "hardship_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "file_follow_up" DROP CONSTRAINT "file_follow_up_reopened_file_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "file_follow_up" DROP CONSTRAINT "file_follow_up_visited_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "file_follow_up" DROP CONSTRAINT "file_follow_up_file_fkey"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP CONSTRAINT "hardship_file_reopened_from_fkey"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP CONSTRAINT "hardship_file_exit_reason_check"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP CONSTRAINT "hardship_file_closed_check"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP COLUMN "reopened_from_id"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP COLUMN "exit_note"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP COLUMN "exit_reason"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP COLUMN "closed_on"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP COLUMN "last_reviewed_on"`);
    await queryRunner.query(`DROP INDEX "public"."file_follow_up_file_idx"`);
    await queryRunner.query(`DROP INDEX "public"."file_follow_up_open_due_idx"`);
    await queryRunner.query(`DROP TABLE "file_follow_up"`);
  }
}
