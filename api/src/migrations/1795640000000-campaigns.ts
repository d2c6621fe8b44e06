import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaigns paid in batches: campaigns, their roster lines, batches and batch lines, the banks'
 * payroll layouts; a ledger row may now pay a campaign's line instead of a case.
 */
export class Campaigns1795640000000 implements MigrationInterface {
  name = 'Campaigns1795640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list_seq" BIGSERIAL NOT NULL, "name" character varying(100) NOT NULL, "kind" character varying(16) NOT NULL, "year" integer NOT NULL, "status" character varying(16) NOT NULL, "unit_id" uuid NOT NULL, "fund_id" uuid NOT NULL, "eligibility" jsonb NOT NULL, "amounts" jsonb NOT NULL, "roster_built_at" TIMESTAMP WITH TIME ZONE, "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "notice_starts_on" date, "notice_ends_on" date, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaign_approved_check" CHECK (("status" IN ('approved', 'closed')) = ("approved_at" IS NOT NULL)), CONSTRAINT "campaign_year_check" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "campaign_status_check" CHECK ("status" IN ('draft', 'submitted', 'approved', 'closed')), CONSTRAINT "campaign_kind_check" CHECK ("kind" IN ('festival', 'school', 'summer', 'other')), CONSTRAINT "PK_campaign" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "campaign_list_seq_key" ON "campaign"  ("list_seq") `);
    await queryRunner.query(`CREATE INDEX "campaign_unit_idx" ON "campaign"  ("unit_id", "list_seq") `);
    await queryRunner.query(
      `CREATE TABLE "campaign_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "line_no" integer NOT NULL, "worker_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "file_id" uuid, "tier" character varying(16) NOT NULL, "migrant_worker" boolean NOT NULL, "standard_amount" bigint NOT NULL, "amount" bigint NOT NULL, "status" character varying(16) NOT NULL, "reason" text, "children" jsonb, "batch_id" uuid, "failure" character varying(200), "payment_id" uuid, "paid_on" date, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaign_line_no_key" UNIQUE ("campaign_id", "line_no"), CONSTRAINT "campaign_line_worker_key" UNIQUE ("campaign_id", "worker_id"), CONSTRAINT "campaign_line_excluded_check" CHECK ("status" <> 'excluded' OR "reason" IS NOT NULL), CONSTRAINT "campaign_line_in_batch_check" CHECK ("status" <> 'in_batch' OR "batch_id" IS NOT NULL), CONSTRAINT "campaign_line_paid_check" CHECK (("status" = 'paid') = ("payment_id" IS NOT NULL)), CONSTRAINT "campaign_line_amount_check" CHECK ("amount" >= 0 AND "standard_amount" >= 0), CONSTRAINT "campaign_line_tier_check" CHECK ("tier" IN ('deep', 'relative', 'sudden')), CONSTRAINT "campaign_line_status_check" CHECK ("status" IN ('unpaid', 'in_batch', 'paid', 'excluded')), CONSTRAINT "PK_campaign_line" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_line_status_idx" ON "campaign_line"  ("campaign_id", "status", "line_no") `,
    );
    await queryRunner.query(
      `CREATE TABLE "bank_layout" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bank_name" character varying(50) NOT NULL, "columns" jsonb NOT NULL, "result_columns" jsonb NOT NULL, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bank_layout_bank_name_key" UNIQUE ("bank_name"), CONSTRAINT "PK_bank_layout" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "number" integer NOT NULL, "method" character varying(8) NOT NULL, "status" character varying(8) NOT NULL, "layout_id" uuid, "line_count" integer NOT NULL, "amount" bigint NOT NULL, "bank_file_downloads" integer NOT NULL DEFAULT '0', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaign_batch_number_key" UNIQUE ("campaign_id", "number"), CONSTRAINT "campaign_batch_status_check" CHECK ("status" IN ('open', 'done')), CONSTRAINT "campaign_batch_method_check" CHECK ("method" IN ('bank', 'cash', 'in_kind')), CONSTRAINT "PK_campaign_batch" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_batch_line" ("batch_id" uuid NOT NULL, "line_id" uuid NOT NULL, "amount" bigint NOT NULL, "outcome" character varying(8) NOT NULL, "failure" character varying(200), "payment_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "campaign_batch_line_amount_check" CHECK ("amount" > 0), CONSTRAINT "campaign_batch_line_paid_check" CHECK (("outcome" IN ('paid', 'reversed')) = ("payment_id" IS NOT NULL)), CONSTRAINT "campaign_batch_line_outcome_check" CHECK ("outcome" IN ('pending', 'paid', 'failed', 'reversed')), CONSTRAINT "PK_campaign_batch_line" PRIMARY KEY ("batch_id", "line_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "campaign_batch_line_payment_key" ON "campaign_batch_line"  ("payment_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "campaign_batch_line_paid_key" ON "campaign_batch_line"  ("line_id") WHERE "outcome" = 'paid'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "campaign_batch_line_pending_key" ON "campaign_batch_line"  ("line_id") WHERE "outcome" = 'pending'`,
    );
    await queryRunner.query(`ALTER TABLE "disbursement" ADD "campaign_id" uuid`);
    await queryRunner.query(`ALTER TABLE "disbursement" ADD "campaign_line_id" uuid`);
    await queryRunner.query(`ALTER TABLE "disbursement" DROP CONSTRAINT "disbursement_case_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_case_idx"`);
    await queryRunner.query(`ALTER TABLE "disbursement" ALTER COLUMN "case_id" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "disbursement_campaign_line_idx" ON "disbursement"  ("campaign_line_id") WHERE "campaign_line_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "disbursement_campaign_idx" ON "disbursement"  ("campaign_id", "paid_on") WHERE "campaign_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "disbursement_case_idx" ON "disbursement"  ("case_id", "list_seq") `,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_campaign_check" CHECK (("campaign_id" IS NULL) = ("campaign_line_id" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_subject_check" CHECK (("case_id" IS NULL) <> ("campaign_line_id" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_case_type_check" CHECK ("case_type" IN ('hardship', 'medical', 'education', 'legal', 'festival', 'summer', 'other_campaign'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_case_fkey" FOREIGN KEY ("case_id") REFERENCES "aid_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign" ADD CONSTRAINT "campaign_unit_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign" ADD CONSTRAINT "campaign_fund_fkey" FOREIGN KEY ("fund_id") REFERENCES "fund"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign" ADD CONSTRAINT "campaign_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_line" ADD CONSTRAINT "campaign_line_campaign_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_line" ADD CONSTRAINT "campaign_line_worker_fkey" FOREIGN KEY ("worker_id") REFERENCES "worker"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_line" ADD CONSTRAINT "campaign_line_file_fkey" FOREIGN KEY ("file_id") REFERENCES "hardship_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_batch" ADD CONSTRAINT "campaign_batch_campaign_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_batch" ADD CONSTRAINT "campaign_batch_layout_fkey" FOREIGN KEY ("layout_id") REFERENCES "bank_layout"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_batch_line" ADD CONSTRAINT "campaign_batch_line_batch_fkey" FOREIGN KEY ("batch_id") REFERENCES "campaign_batch"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_batch_line" ADD CONSTRAINT "campaign_batch_line_line_fkey" FOREIGN KEY ("line_id") REFERENCES "campaign_line"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_batch_line" ADD CONSTRAINT "campaign_batch_line_payment_fkey" FOREIGN KEY ("payment_id") REFERENCES "disbursement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "disbursement_campaign_unit_idx" ON "disbursement"  ("unit_id", "paid_on") WHERE "campaign_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_batch_line_line_idx" ON "campaign_batch_line"  ("line_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."campaign_batch_line_line_idx"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_campaign_unit_idx"`);
    await queryRunner.query(
      `ALTER TABLE "campaign_batch_line" DROP CONSTRAINT "campaign_batch_line_payment_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_batch_line" DROP CONSTRAINT "campaign_batch_line_line_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_batch_line" DROP CONSTRAINT "campaign_batch_line_batch_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "campaign_batch" DROP CONSTRAINT "campaign_batch_layout_fkey"`);
    await queryRunner.query(`ALTER TABLE "campaign_batch" DROP CONSTRAINT "campaign_batch_campaign_fkey"`);
    await queryRunner.query(`ALTER TABLE "campaign_line" DROP CONSTRAINT "campaign_line_file_fkey"`);
    await queryRunner.query(`ALTER TABLE "campaign_line" DROP CONSTRAINT "campaign_line_worker_fkey"`);
    await queryRunner.query(`ALTER TABLE "campaign_line" DROP CONSTRAINT "campaign_line_campaign_fkey"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "campaign_created_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "campaign_fund_fkey"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "campaign_unit_fkey"`);
    await queryRunner.query(`ALTER TABLE "disbursement" DROP CONSTRAINT "disbursement_case_fkey"`);
    await queryRunner.query(`ALTER TABLE "disbursement" DROP CONSTRAINT "disbursement_case_type_check"`);
    await queryRunner.query(`ALTER TABLE "disbursement" DROP CONSTRAINT "disbursement_subject_check"`);
    await queryRunner.query(`ALTER TABLE "disbursement" DROP CONSTRAINT "disbursement_campaign_check"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_campaign_idx"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_campaign_line_idx"`);
    await queryRunner.query(`ALTER TABLE "disbursement" ALTER COLUMN "case_id" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "disbursement_case_idx" ON "disbursement" USING btree ("list_seq", "case_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_case_fkey" FOREIGN KEY ("case_id") REFERENCES "aid_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "disbursement" DROP COLUMN "campaign_line_id"`);
    await queryRunner.query(`ALTER TABLE "disbursement" DROP COLUMN "campaign_id"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_batch_line_pending_key"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_batch_line_paid_key"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_batch_line_payment_key"`);
    await queryRunner.query(`DROP TABLE "campaign_batch_line"`);
    await queryRunner.query(`DROP TABLE "campaign_batch"`);
    await queryRunner.query(`DROP TABLE "bank_layout"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_line_status_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_line"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_unit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_list_seq_key"`);
    await queryRunner.query(`DROP TABLE "campaign"`);
  }
}
