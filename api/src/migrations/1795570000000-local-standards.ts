import { MigrationInterface, QueryRunner } from 'typeorm';

/** Local standards (地方困难标准) of the hardship files: one per unit and day, with their history. */
export class LocalStandards1795570000000 implements MigrationInterface {
  name = 'LocalStandards1795570000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "local_standard" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "effective_from" date NOT NULL, "poverty_line" bigint NOT NULL, "relative_multiple_tenths" integer NOT NULL, "sudden_share_percent" integer NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "local_standard_unit_day_key" UNIQUE ("unit_id", "effective_from"), CONSTRAINT "local_standard_poverty_line_check" CHECK ("poverty_line" > 0), CONSTRAINT "local_standard_relative_multiple_check" CHECK ("relative_multiple_tenths" BETWEEN 10 AND 30), CONSTRAINT "local_standard_sudden_share_check" CHECK ("sudden_share_percent" BETWEEN 1 AND 100), CONSTRAINT "PK_49d57abf5d7d33a44b88d39ad74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "local_standard" ADD CONSTRAINT "local_standard_unit_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "local_standard" DROP CONSTRAINT "local_standard_unit_fkey"`);
    await queryRunner.query(`DROP TABLE "local_standard"`);
  }
}
