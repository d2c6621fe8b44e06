import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ApprovalLimit, NoticePeriod } from '@worker-aid/shared/domain';

/**
 * The approval policy (分级审批 limits and 公示 days): one row, or none on a database where no
 * administrator has set it yet (then there are no limits and no notice). Its consistency
 * (`approvalPolicyProblems`) is checked before every write.
 */
@Entity('approval_policy')
@Check('approval_policy_single_row_check', `"id" = 1`)
export class ApprovalPolicyRow {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  /** `[{type, level, limit}]`, limit in fen or null (no limit). */
  @Column({ type: 'jsonb' })
  limits!: ApprovalLimit[];

  /** `[{type, days}]`, for each aid type and `file`. */
  @Column({ name: 'notice_days', type: 'jsonb' })
  noticeDays!: NoticePeriod[];

  /** Where the public objects, printed on every notice. */
  @Column({ name: 'objection_contact', type: 'text', nullable: true })
  objectionContact!: string | null;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
