import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import {
  FILE_EXIT_REASONS,
  FILE_STATUSES,
  FILE_TIERS,
  FILE_HARDSHIP_CAUSES,
  type FileExitReason,
  type FileHardshipCause,
  type FileMember,
  type FileStatus,
  type FileTier,
} from '@worker-aid/shared/domain';
import { bigintFen, sqlIn } from '@worker-aid/api/core';
import { Unit } from '@worker-aid/api/units';
import { User } from '@worker-aid/api/users';
import { Worker } from '@worker-aid/api/workers';
import { encryptedMembers } from './file-encryption';

/**
 * A hardship worker file (困难职工档案): one household, its tier computed with the standard in
 * force for the worker's unit. A worker has at most one file that is not over
 * (`hardship_file_open_worker_key`).
 */
@Entity('hardship_file')
@Unique('hardship_file_file_no_key', ['fileNo'])
@Check('hardship_file_status_check', sqlIn('status', FILE_STATUSES))
@Check('hardship_file_tier_check', sqlIn('tier', FILE_TIERS))
@Check('hardship_file_main_cause_check', sqlIn('main_cause', FILE_HARDSHIP_CAUSES))
@Check('hardship_file_expenses_check', `"monthly_rigid_expenses" >= 0 AND "sudden_expenses_12m" >= 0`)
@Index('hardship_file_open_worker_key', ['workerId'], {
  unique: true,
  where: `status NOT IN ('closed', 'rejected', 'withdrawn')`,
})
@Check('hardship_file_exit_reason_check', sqlIn('exit_reason', FILE_EXIT_REASONS))
@Check(
  'hardship_file_closed_check',
  `("status" = 'closed') = ("closed_on" IS NOT NULL AND "exit_reason" IS NOT NULL)`,
)
@Index('hardship_file_unit_idx', ['unitId', 'listSeq'])
// What the inbox counts: files to approve, due for review, in notice, and closed ones' follow-ups.
@Index('hardship_file_submitted_idx', ['unitId', 'updatedAt'], { where: `"status" = 'submitted'` })
@Index('hardship_file_review_due_idx', ['reviewDueOn', 'unitId'], { where: `"status" = 'active'` })
@Index('hardship_file_notice_idx', ['noticeEndsOn', 'unitId'], {
  where: `"status" = 'active' AND "notice_ends_on" IS NOT NULL`,
})
@Index('hardship_file_closed_idx', ['id', 'unitId'], { where: `"status" = 'closed'` })
export class HardshipFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Insertion order, for stable keyset paging (newest first). */
  @Index('hardship_file_list_seq_key', { unique: true })
  @Column({ name: 'list_seq', type: 'bigint', generated: 'increment', insert: false, update: false })
  listSeq!: string;

  /** `DA-2026-000123` */
  @Column({ name: 'file_no', type: 'varchar', length: 20 })
  fileNo!: string;

  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @ManyToOne(() => Worker, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'worker_id', foreignKeyConstraintName: 'hardship_file_worker_fkey' })
  worker?: Worker;

  /** The worker's unit when the file was made: decides who sees it. */
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'hardship_file_unit_fkey' })
  unit?: Unit;

  @Column({ type: 'varchar', length: 16 })
  status!: FileStatus;

  @Column({ type: 'varchar', length: 16 })
  tier!: FileTier;

  /** Fen per person per month; may be negative. */
  @Column({ name: 'per_capita_income', type: 'bigint', transformer: bigintFen })
  perCapitaIncome!: number;

  /** The standard the tier was computed with. */
  @Column({ name: 'poverty_line', type: 'bigint', transformer: bigintFen })
  povertyLine!: number;

  @Column({ name: 'relative_multiple_tenths', type: 'integer' })
  relativeMultipleTenths!: number;

  @Column({ name: 'sudden_share_percent', type: 'integer' })
  suddenSharePercent!: number;

  /** The household; each member's name is stored encrypted. */
  @Column({ type: 'jsonb', transformer: encryptedMembers })
  members!: FileMember[];

  @Column({ name: 'monthly_rigid_expenses', type: 'bigint', transformer: bigintFen })
  monthlyRigidExpenses!: number;

  @Column({ name: 'sudden_expenses_12m', type: 'bigint', default: 0, transformer: bigintFen })
  suddenExpenses12m!: number;

  @Column({ name: 'main_cause', type: 'varchar', length: 32 })
  mainCause!: FileHardshipCause;

  @Column({ name: 'secondary_causes', type: 'text', array: true, default: () => "'{}'" })
  secondaryCauses!: FileHardshipCause[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'active_since', type: 'date', nullable: true })
  activeSince!: string | null;

  /** Public notice (公示) after approval: first and last day; null when there is none. */
  @Column({ name: 'notice_starts_on', type: 'date', nullable: true })
  noticeStartsOn!: string | null;

  @Column({ name: 'notice_ends_on', type: 'date', nullable: true })
  noticeEndsOn!: string | null;

  @Column({ name: 'review_due_on', type: 'date', nullable: true })
  reviewDueOn!: string | null;

  @Column({ name: 'last_reviewed_on', type: 'date', nullable: true })
  lastReviewedOn!: string | null;

  /** Set with `exitReason` exactly when the file is closed. */
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'exit_reason', type: 'varchar', length: 24, nullable: true })
  exitReason!: FileExitReason | null;

  @Column({ name: 'exit_note', type: 'text', nullable: true })
  exitNote!: string | null;

  /** The closed file a relapse (返困) reopened this one from. */
  @Column({ name: 'reopened_from_id', type: 'uuid', nullable: true })
  reopenedFromId!: string | null;

  @ManyToOne(() => HardshipFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reopened_from_id', foreignKeyConstraintName: 'hardship_file_reopened_from_fkey' })
  reopenedFrom?: HardshipFile;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'hardship_file_created_by_fkey' })
  creator?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
