import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the inbox's counts and first items, so that each reads a partial index only
 * (checked with EXPLAIN on the bench's 1,000,000 cases and 40,000 files). A case's review queue
 * by level in waiting order, with the unit and the creator (four eyes) at hand; approved cases by
 * the last day of notice (notice ending, the notices list); approved cases in waiting order, with
 * what the money-to-pay filter needs. Files: submitted, active by review day, active in notice,
 * and closed (whose follow-up visits fall due). Written by hand: INCLUDE is not an entity option.
 * And statistics that tell the planner a case awaits a level only while submitted.
 */
export class InboxIndexes1795630000002 implements MigrationInterface {
  name = 'InboxIndexes1795630000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "aid_case_review_queue_idx" ON "aid_case" ("awaiting_level", "updated_at") INCLUDE ("unit_id", "created_by") WHERE "status" = 'submitted'`,
    );
    await queryRunner.query(
      `CREATE INDEX "aid_case_notice_ending_idx" ON "aid_case" ("notice_ends_on", "unit_id") WHERE "status" = 'approved' AND "notice_ends_on" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "aid_case_to_pay_since_idx" ON "aid_case" ("updated_at") INCLUDE ("unit_id", "notice_ends_on") WHERE "status" = 'approved' AND "approved_amount" > "disbursed_amount"`,
    );
    await queryRunner.query(
      `CREATE INDEX "hardship_file_submitted_idx" ON "hardship_file" ("unit_id", "updated_at") WHERE "status" = 'submitted'`,
    );
    await queryRunner.query(
      `CREATE INDEX "hardship_file_review_due_idx" ON "hardship_file" ("review_due_on", "unit_id") WHERE "status" = 'active'`,
    );
    await queryRunner.query(
      `CREATE INDEX "hardship_file_notice_idx" ON "hardship_file" ("notice_ends_on", "unit_id") WHERE "status" = 'active' AND "notice_ends_on" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "hardship_file_closed_idx" ON "hardship_file" ("id", "unit_id") WHERE "status" = 'closed'`,
    );
    // A case awaits a level only while submitted: without this the planner multiplies the two
    // selectivities, expects a handful of cases in a level's queue and sorts thousands instead of
    // reading the queue's index in waiting order.
    await queryRunner.query(
      `CREATE STATISTICS "aid_case_review_stats" (mcv) ON "status", "awaiting_level" FROM "aid_case"`,
    );
    await queryRunner.query(`ANALYZE "aid_case"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP STATISTICS "public"."aid_case_review_stats"`);
    await queryRunner.query(`DROP INDEX "public"."hardship_file_closed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."hardship_file_notice_idx"`);
    await queryRunner.query(`DROP INDEX "public"."hardship_file_review_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."hardship_file_submitted_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_case_to_pay_since_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_case_notice_ending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_case_review_queue_idx"`);
  }
}
