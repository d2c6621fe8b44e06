import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Proof documents (证明材料): the document's row and its bytes in encrypted chunks. The same
 * bytes once per record among those not hidden (a partial unique index on the blind index of
 * their SHA-256); chunks reference their document at commit (an upload writes them first).
 * Documents are hidden, never erased: no statement may delete a document or a chunk.
 */
export class Documents1795600000000 implements MigrationInterface {
  name = 'Documents1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document" ("id" uuid NOT NULL, "list_seq" BIGSERIAL NOT NULL, "owner_type" character varying(8) NOT NULL, "owner_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "file_name_encrypted" text NOT NULL, "content_type" character varying(32) NOT NULL, "size" integer NOT NULL, "sha256_encrypted" text NOT NULL, "sha256_index" bytea NOT NULL, "has_thumbnail" boolean NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by" uuid, CONSTRAINT "document_hidden_check" CHECK (("hidden_at" IS NULL) = ("hidden_by" IS NULL)), CONSTRAINT "document_size_check" CHECK ("size" > 0 AND "size" <= 20971520), CONSTRAINT "document_content_type_check" CHECK ("content_type" IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')), CONSTRAINT "document_kind_check" CHECK ("kind" IN ('id_card', 'income_proof', 'medical_record', 'invoice', 'school_proof', 'legal_document', 'visit_photo', 'other')), CONSTRAINT "document_owner_type_check" CHECK ("owner_type" IN ('worker', 'file', 'case')), CONSTRAINT "PK_document" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "document_list_seq_key" ON "document"  ("list_seq") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "document_owner_content_key" ON "document"  ("owner_type", "owner_id", "sha256_index") WHERE "hidden_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "document_owner_idx" ON "document"  ("owner_type", "owner_id", "list_seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "document_chunk" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "part" character varying(16) NOT NULL, "seq" integer NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "document_chunk_place_key" UNIQUE ("document_id", "part", "seq"), CONSTRAINT "document_chunk_seq_check" CHECK ("seq" >= 0), CONSTRAINT "document_chunk_part_check" CHECK ("part" IN ('content', 'thumbnail')), CONSTRAINT "PK_document_chunk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "document_unit_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "document_uploaded_by_fkey" FOREIGN KEY ("uploaded_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "document_hidden_by_fkey" FOREIGN KEY ("hidden_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_chunk" ADD CONSTRAINT "document_chunk_document_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`,
    );
    // Written by hand: a document is hidden, never erased (DOMAIN.md, API.md "Documents").
    await queryRunner.query(`CREATE FUNCTION document_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'documents are hidden, never erased' USING ERRCODE = 'insufficient_privilege'; END $$`);
    for (const table of ['document', 'document_chunk']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON "${table}"
            FOR EACH ROW EXECUTE FUNCTION document_is_kept()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}"
            FOR EACH STATEMENT EXECUTE FUNCTION document_is_kept()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['document_chunk', 'document']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_no_delete ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION document_is_kept()`);
    await queryRunner.query(`ALTER TABLE "document_chunk" DROP CONSTRAINT "document_chunk_document_fkey"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "document_hidden_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "document_uploaded_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "document_unit_fkey"`);
    await queryRunner.query(`DROP TABLE "document_chunk"`);
    await queryRunner.query(`DROP INDEX "public"."document_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."document_owner_content_key"`);
    await queryRunner.query(`DROP INDEX "public"."document_list_seq_key"`);
    await queryRunner.query(`DROP TABLE "document"`);
  }
}
