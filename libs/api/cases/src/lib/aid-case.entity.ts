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
  CASE_STATUSES,
  CASE_TYPES,
  UNIT_LEVELS,
  type UnitLevel,
  type CaseDetails,
  type CaseStatus,
  type CaseType,
  type LegalOutcome,
} from '@worker-aid/shared/domain';
import { bigintFen, encryptedJsonFields, sqlIn } from '@worker-aid/api/core';
import { Unit } from '@worker-aid/api/units';
import { User } from '@worker-aid/api/users';
import { Worker } from '@worker-aid/api/workers';
import { CASE_DETAILS_COLUMN, ENCRYPTED_DETAIL_FIELDS } from './case-encryption';

/** A step as stored: names are looked up when the case is read. */
export interface StoredApprovalStep {
  level: UnitLevel;
  unitId: string;
  userId: string;
  amount: number;
  comment: string | null;
  at: string;
}

/** An aid case (帮扶案件) of one of the four types; money in whole fen. */
@Entity('aid_case')
@Unique('aid_case_case_no_key', ['caseNo'])
@Check('aid_case_type_check', sqlIn('type', CASE_TYPES))
@Check('aid_case_status_check', sqlIn('status', CASE_STATUSES))
@Check(
  'aid_case_amounts_check',
  `"requested_amount" >= 0 AND "disbursed_amount" >= 0 AND ("approved_amount" IS NULL OR ("approved_amount" >= 0 AND "approved_amount" <= "requested_amount"))`,
)
@Check('aid_case_disbursed_check', `"disbursed_amount" <= COALESCE("approved_amount", 0)`)
@Index('aid_case_unit_idx', ['unitId', 'listSeq'])
@Index('aid_case_worker_idx', ['workerId', 'listSeq'])
@Index('aid_case_status_idx', ['status', 'listSeq'])
@Index('aid_case_type_idx', ['type', 'listSeq'])
@Check('aid_case_awaiting_level_check', sqlIn('awaiting_level', UNIT_LEVELS))
@Index('aid_case_review_idx', ['awaitingLevel', 'unitId'], { where: `"status" = 'submitted'` })
@Index('aid_case_to_pay_idx', ['unitId', 'noticeEndsOn'], {
  where: `"status" = 'approved' AND "approved_amount" > "disbursed_amount"`,
})
@Index('aid_case_notice_idx', ['noticeEndsOn', 'unitId'], { where: `"notice_ends_on" IS NOT NULL` })
@Index('aid_case_notice_ending_idx', ['noticeEndsOn', 'unitId'], {
  where: `"status" = 'approved' AND "notice_ends_on" IS NOT NULL`,
})
// The inbox's review queue and money to pay, in waiting order; with INCLUDE columns, written by hand in the migration.
@Index('aid_case_review_queue_idx', { synchronize: false })
@Index('aid_case_to_pay_since_idx', { synchronize: false })
export class AidCase {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Insertion order, for stable keyset paging (newest first). */
  @Index('aid_case_list_seq_key', { unique: true })
  @Column({ name: 'list_seq', type: 'bigint', generated: 'increment', insert: false, update: false })
  listSeq!: string;

  /** `MED-2026-000123` */
  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: CaseType;

  @Column({ type: 'varchar', length: 16 })
  status!: CaseStatus;

  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @ManyToOne(() => Worker, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'worker_id', foreignKeyConstraintName: 'aid_case_worker_fkey' })
  worker?: Worker;

  /** The worker's unit when the case was logged: decides who sees the case. */
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'aid_case_unit_fkey' })
  unit?: Unit;

  @Column({ name: 'requested_amount', type: 'bigint', transformer: bigintFen })
  requestedAmount!: number;

  @Column({ name: 'approved_amount', type: 'bigint', nullable: true, transformer: bigintFen })
  approvedAmount!: number | null;

  @Column({ name: 'disbursed_amount', type: 'bigint', default: 0, transformer: bigintFen })
  disbursedAmount!: number;

  @Column({ type: 'text' })
  summary!: string;

  /** Per type; the sensitive fields (`ENCRYPTED_DETAIL_FIELDS`) are stored encrypted. */
  @Column({ type: 'jsonb', transformer: encryptedJsonFields(CASE_DETAILS_COLUMN, ENCRYPTED_DETAIL_FIELDS) })
  details!: CaseDetails;

  /** Legal aid: how the dispute ended, recorded on closing. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome!: LegalOutcome | null;

  /** Legal aid: economic losses recovered for the worker (挽回经济损失). */
  @Column({ name: 'recovered_amount', type: 'bigint', nullable: true, transformer: bigintFen })
  recoveredAmount!: number | null;

  /**
   * The steps of the current round of approval (level, unit, user, amount, comment, at), oldest
   * first; emptied when the round ends (return, reject, objection). Each step is also in the history.
   */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  approvals!: StoredApprovalStep[];

  /** A submitted case: the level whose step it awaits; null in every other status. */
  @Column({ name: 'awaiting_level', type: 'varchar', length: 16, nullable: true })
  awaitingLevel!: UnitLevel | null;

  /** Public notice (公示) after final approval: first and last day; null when there is none. */
  @Column({ name: 'notice_starts_on', type: 'date', nullable: true })
  noticeStartsOn!: string | null;

  @Column({ name: 'notice_ends_on', type: 'date', nullable: true })
  noticeEndsOn!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'aid_case_created_by_fkey' })
  creator?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
