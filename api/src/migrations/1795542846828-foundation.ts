import { MigrationInterface, QueryRunner } from 'typeorm';

/** Units, users and the append-only audit trail. */
export class Foundation1795542846828 implements MigrationInterface {
  name = 'Foundation1795542846828';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "unit_id" uuid, "action" character varying(64) NOT NULL, "entity_type" character varying(32) NOT NULL, "entity_id" character varying(64), "detail" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_entry_unit_idx" ON "audit_entry"  ("unit_id", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_entry_at_idx" ON "audit_entry"  ("at") `);
    await queryRunner.query(`CREATE INDEX "audit_entry_actor_idx" ON "audit_entry"  ("actor_id", "id") `);
    await queryRunner.query(
      `CREATE INDEX "audit_entry_entity_idx" ON "audit_entry"  ("entity_type", "entity_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "unit" ("id" uuid NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "level" character varying(16) NOT NULL, "parent_id" uuid, "path" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "unit_code_key" UNIQUE ("code"), CONSTRAINT "unit_parent_check" CHECK (("level" = 'center') = ("parent_id" IS NULL)), CONSTRAINT "unit_level_check" CHECK ("level" IN ('center', 'industry', 'grassroots')), CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "unit_parent_idx" ON "unit"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(32) NOT NULL, "display_name" character varying(64) NOT NULL, "password_hash" text NOT NULL, "role" character varying(16) NOT NULL, "unit_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, "token_version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "app_user_username_key" UNIQUE ("username"), CONSTRAINT "app_user_role_check" CHECK ("role" IN ('admin', 'manager', 'reviewer', 'finance', 'caseworker', 'auditor')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "app_user_unit_idx" ON "app_user"  ("unit_id") `);
    await queryRunner.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "unit_parent_fkey" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_unit_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // Written by hand (entity sync ignores them): subtree look-ups by path prefix, one center only.
    await queryRunner.query(`CREATE INDEX "unit_path_idx" ON "unit" ("path" text_pattern_ops)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "unit_single_center_idx" ON "unit" ((true)) WHERE "parent_id" IS NULL`,
    );
    // The audit trail is append-only: no statement may change or remove a line.
    await queryRunner.query(`CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_entry"
            FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON "audit_entry"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_entry_no_truncate" ON "audit_entry"`);
    await queryRunner.query(`DROP TRIGGER "audit_entry_no_update_or_delete" ON "audit_entry"`);
    await queryRunner.query(`DROP FUNCTION audit_entry_is_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."unit_single_center_idx"`);
    await queryRunner.query(`DROP INDEX "public"."unit_path_idx"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_unit_fkey"`);
    await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "unit_parent_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_unit_idx"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."unit_parent_idx"`);
    await queryRunner.query(`DROP TABLE "unit"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_actor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_unit_idx"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
