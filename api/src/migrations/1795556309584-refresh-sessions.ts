import { MigrationInterface, QueryRunner } from 'typeorm';

/** Refresh sessions behind the httpOnly refresh cookie. */
export class RefreshSessions1795556309584 implements MigrationInterface {
  name = 'RefreshSessions1795556309584';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "refresh_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "secret_hash" character(64) NOT NULL, "token_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5d0d8c21064803b5b2baaa50cbb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "refresh_session_user_idx" ON "refresh_session"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "refresh_session" ADD CONSTRAINT "refresh_session_user_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_session" DROP CONSTRAINT "refresh_session_user_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_session_user_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_session"`);
  }
}
