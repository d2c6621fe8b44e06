import { MigrationInterface, QueryRunner } from 'typeorm';
import { DisbursementRollupService } from '@worker-aid/api/funds';

/** The disbursement roll-up behind the reports, filled from the payments already in the ledger. */
export class ReportRollup1795552509382 implements MigrationInterface {
  name = 'ReportRollup1795552509382';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "disbursement_rollup" ("unit_id" uuid NOT NULL, "month" date NOT NULL, "case_type" character varying(16) NOT NULL, "fund_id" uuid NOT NULL, "person_times" integer NOT NULL, "amount" bigint NOT NULL, "workers" bytea NOT NULL, CONSTRAINT "disbursement_rollup_month_check" CHECK ("month" = date_trunc('month', "month")::date), CONSTRAINT "disbursement_rollup_person_times_check" CHECK ("person_times" >= 0), CONSTRAINT "PK_a086bda2bf2c8bb47edd5e12141" PRIMARY KEY ("unit_id", "month", "case_type", "fund_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "disbursement_worker_idx" ON "disbursement"  ("worker_id", "paid_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement_rollup" ADD CONSTRAINT "disbursement_rollup_unit_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement_rollup" ADD CONSTRAINT "disbursement_rollup_fund_fkey" FOREIGN KEY ("fund_id") REFERENCES "fund"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await new DisbursementRollupService().rebuild(queryRunner.manager);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "disbursement_rollup" DROP CONSTRAINT "disbursement_rollup_fund_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement_rollup" DROP CONSTRAINT "disbursement_rollup_unit_fkey"`,
    );
    await queryRunner.query(`DROP INDEX "public"."disbursement_worker_idx"`);
    await queryRunner.query(`DROP TABLE "disbursement_rollup"`);
  }
}
