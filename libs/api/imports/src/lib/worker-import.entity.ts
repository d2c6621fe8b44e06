import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { IMPORT_KINDS, IMPORT_STATUSES, type ImportKind, type ImportStatus } from '@worker-aid/shared/domain';
import { encryptedText, sqlIn } from '@worker-aid/api/core';
import { Unit } from '@worker-aid/api/units';
import { User } from '@worker-aid/api/users';
import { IMPORT_ENCRYPTED } from './import-encryption';

export const SHEET_FORMATS = ['xlsx', 'csv'] as const;
export type SheetFormat = (typeof SHEET_FORMATS)[number];

/**
 * One uploaded sheet and where its import stands. Belongs to the uploader's unit, which decides
 * who sees and commits it. The background job holding it (`runner`) reports at `heartbeatAt`;
 * one that stops reporting is taken for dead and the import may be started again.
 */
@Entity('worker_import')
@Check('worker_import_kind_check', sqlIn('kind', IMPORT_KINDS))
@Check('worker_import_status_check', sqlIn('status', IMPORT_STATUSES))
@Check('worker_import_format_check', sqlIn('format', SHEET_FORMATS))
@Check(
  'worker_import_counts_check',
  '"processed" >= 0 AND "valid" >= 0 AND "invalid" >= 0 AND "duplicates" >= 0 AND "imported" >= 0',
)
@Index('worker_import_unit_idx', ['unitId', 'listSeq'])
export class WorkerImport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_worker_import' })
  id!: string;

  /** Insertion order, for a stable newest-first list. */
  @Index('worker_import_list_seq_key', { unique: true })
  @Column({ name: 'list_seq', type: 'bigint', generated: 'increment', insert: false, update: false })
  listSeq!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ImportKind;

  @Column({ type: 'varchar', length: 12 })
  status!: ImportStatus;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'worker_import_unit_fkey' })
  unit?: Unit;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'worker_import_created_by_fkey' })
  creator?: User;

  @Column({
    name: 'file_name_encrypted',
    type: 'text',
    transformer: encryptedText(IMPORT_ENCRYPTED.fileName),
  })
  fileName!: string;

  @Column({ type: 'varchar', length: 4 })
  format!: SheetFormat;

  /** The uploaded bytes, encrypted; dropped once every row is checked and stored. */
  @Column({ name: 'content_encrypted', type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ type: 'integer' })
  total!: number;

  @Column({ type: 'integer', default: 0 })
  processed!: number;

  @Column({ type: 'integer', default: 0 })
  valid!: number;

  @Column({ type: 'integer', default: 0 })
  invalid!: number;

  @Column({ type: 'integer', default: 0 })
  duplicates!: number;

  @Column({ type: 'integer', default: 0 })
  imported!: number;

  /** Why a failed import failed: an error code. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  failure!: string | null;

  /** The queue's id of the job working on the import now. */
  @Column({ type: 'uuid', nullable: true })
  runner!: string | null;

  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'validated_at', type: 'timestamptz', nullable: true })
  validatedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
