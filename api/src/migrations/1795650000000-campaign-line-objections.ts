import { MigrationInterface, QueryRunner } from 'typeorm';

/** A roster line keeps the last objection received during its campaign's public notice. */
export class CampaignLineObjections1795650000000 implements MigrationInterface {
  name = 'CampaignLineObjections1795650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_line" ADD "objection" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_line" DROP COLUMN "objection"`);
  }
}
