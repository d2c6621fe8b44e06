import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approval by level and public notice: the policy (one row, absent until an administrator sets
 * it), each case's steps of the current round, the level it awaits and its notice days, files'
 * notice days, and a detail on history events. Cases already submitted await the first step of
 * their line (`firstReviewLevel`: a grassroots case its industry union).
 */
export class ApprovalByLevel1795620000000 implements MigrationInterface {
  name = 'ApprovalByLevel1795620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "approval_policy" ("id" smallint NOT NULL, "limits" jsonb NOT NULL, "notice_days" jsonb NOT NULL, "objection_contact" text, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "approval_policy_single_row_check" CHECK ("id" = 1), CONSTRAINT "PK_approval_policy" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "aid_case" ADD "approvals" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "aid_case" ADD "awaiting_level" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "aid_case" ADD "notice_starts_on" date`);
    await queryRunner.query(`ALTER TABLE "aid_case" ADD "notice_ends_on" date`);
    await queryRunner.query(`ALTER TABLE "case_event" ADD "detail" jsonb`);
    await queryRunner.query(`ALTER TABLE "hardship_file" ADD "notice_starts_on" date`);
    await queryRunner.query(`ALTER TABLE "hardship_file" ADD "notice_ends_on" date`);
    await queryRunner.query(`ALTER TABLE "file_event" ADD "detail" jsonb`);
    await queryRunner.query(
      `CREATE INDEX "aid_case_notice_idx" ON "aid_case"  ("notice_ends_on", "unit_id") WHERE "notice_ends_on" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "aid_case_to_pay_idx" ON "aid_case"  ("unit_id", "notice_ends_on") WHERE "status" = 'approved' AND "approved_amount" > "disbursed_amount"`,
    );
    await queryRunner.query(
      `CREATE INDEX "aid_case_review_idx" ON "aid_case"  ("awaiting_level", "unit_id") WHERE "status" = 'submitted'`,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_case" ADD CONSTRAINT "aid_case_awaiting_level_check" CHECK ("awaiting_level" IN ('center', 'industry', 'grassroots'))`,
    );
    await queryRunner.query(
      `UPDATE "aid_case" c SET "awaiting_level" = CASE WHEN u."level" = 'grassroots' THEN 'industry' ELSE u."level" END FROM "unit" u WHERE u."id" = c."unit_id" AND c."status" = 'submitted'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "aid_case" DROP CONSTRAINT "aid_case_awaiting_level_check"`);
    await queryRunner.query(`DROP INDEX "public"."aid_case_review_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_case_to_pay_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_case_notice_idx"`);
    await queryRunner.query(`ALTER TABLE "file_event" DROP COLUMN "detail"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP COLUMN "notice_ends_on"`);
    await queryRunner.query(`ALTER TABLE "hardship_file" DROP COLUMN "notice_starts_on"`);
    await queryRunner.query(`ALTER TABLE "case_event" DROP COLUMN "detail"`);
    await queryRunner.query(`ALTER TABLE "aid_case" DROP COLUMN "notice_ends_on"`);
    await queryRunner.query(`ALTER TABLE "aid_case" DROP COLUMN "notice_starts_on"`);
    await queryRunner.query(`ALTER TABLE "aid_case" DROP COLUMN "awaiting_level"`);
    await queryRunner.query(`ALTER TABLE "aid_case" DROP COLUMN "approvals"`);
    await queryRunner.query(`DROP TABLE "approval_policy"`);
  }
}
