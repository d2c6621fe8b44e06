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
} from 'typeorm';
import { AID_TYPES, PAYMENT_METHODS, type AidType, type PaymentMethod } from '@worker-aid/shared/domain';
import { bigintFen, sqlIn } from '@worker-aid/api/core';
import { AidCase } from '@worker-aid/api/cases';
import { Fund } from './fund.entity';

/**
 * A payment to a worker (资金发放), or the reversal (冲正) of one: an append-only ledger row.
 * A reversal is a compensating row with the negative amount that points at the payment it
 * undoes; nothing is ever updated or deleted. The case's type, worker and unit are copied in
 * so that reports read this one table. A row pays either a case or a campaign's roster line
 * (`campaign_line_id`, its campaign beside it for reports); its aid type is then the campaign's.
 */
@Entity('disbursement')
@Unique('disbursement_reverses_key', ['reversesId'])
@Check('disbursement_method_check', sqlIn('method', PAYMENT_METHODS))
@Check('disbursement_case_type_check', sqlIn('case_type', AID_TYPES))
@Check('disbursement_subject_check', `("case_id" IS NULL) <> ("campaign_line_id" IS NULL)`)
@Check('disbursement_campaign_check', `("campaign_id" IS NULL) = ("campaign_line_id" IS NULL)`)
@Check(
  'disbursement_kind_check',
  `("amount" > 0 AND "reverses_id" IS NULL) OR ("amount" < 0 AND "reverses_id" IS NOT NULL AND "reason" IS NOT NULL)`,
)
@Index('disbursement_case_idx', ['caseId', 'listSeq'])
@Index('disbursement_fund_idx', ['fundId', 'paidOn'])
@Index('disbursement_unit_idx', ['unitId', 'paidOn'])
@Index('disbursement_paid_on_idx', ['paidOn', 'listSeq'])
@Index('disbursement_worker_idx', ['workerId', 'paidOn'])
@Index('disbursement_campaign_idx', ['campaignId', 'paidOn'], { where: `"campaign_id" IS NOT NULL` })
// Reports of a unit's campaign payments (grouped by campaign) read them by unit and day.
@Index('disbursement_campaign_unit_idx', ['unitId', 'paidOn'], { where: `"campaign_id" IS NOT NULL` })
@Index('disbursement_campaign_line_idx', ['campaignLineId'], { where: `"campaign_line_id" IS NOT NULL` })
export class Disbursement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('disbursement_list_seq_key', { unique: true })
  @Column({ name: 'list_seq', type: 'bigint', generated: 'increment', insert: false, update: false })
  listSeq!: string;

  /** The case paid; null for a campaign's line. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => AidCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'disbursement_case_fkey' })
  aidCase?: AidCase;

  /** The aid type reports count it under: the case's type, or the campaign's (`CAMPAIGN_KIND_AID_TYPE`). */
  @Column({ name: 'case_type', type: 'varchar', length: 16 })
  caseType!: AidType;

  /** The campaign whose line this row pays (no foreign key: the campaigns feature depends on this one). */
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId!: string | null;

  /** The campaign line paid; `campaign_batch_line.payment_id` points back with a foreign key. */
  @Column({ name: 'campaign_line_id', type: 'uuid', nullable: true })
  campaignLineId!: string | null;

  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ name: 'fund_id', type: 'uuid' })
  fundId!: string;

  @ManyToOne(() => Fund, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id', foreignKeyConstraintName: 'disbursement_fund_fkey' })
  fund?: Fund;

  @Column({ type: 'bigint', transformer: bigintFen })
  amount!: number;

  @Column({ type: 'varchar', length: 8 })
  method!: PaymentMethod;

  /** The day the money went out (a reversal keeps the payment's day). */
  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Column({ name: 'reverses_id', type: 'uuid', nullable: true })
  reversesId!: string | null;

  @ManyToOne(() => Disbursement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reverses_id', foreignKeyConstraintName: 'disbursement_reverses_fkey' })
  reverses?: Disbursement;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
