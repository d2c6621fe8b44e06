import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintFen, sqlIn } from '@worker-aid/api/core';
import { Disbursement } from '@worker-aid/api/funds';
import { CampaignBatch } from './campaign-batch.entity';
import { CampaignLine } from './campaign-line.entity';

export const BATCH_LINE_OUTCOMES = ['pending', 'paid', 'failed', 'reversed'] as const;
export type BatchLineOutcome = (typeof BATCH_LINE_OUTCOMES)[number];

/**
 * A line as one batch carried it, and how it ended. The database holds the two promises: a line
 * is pending in at most one batch, and paid by at most one (a reversal turns the paid outcome to
 * `reversed`, and the line may be paid again later).
 */
@Entity('campaign_batch_line')
@Check('campaign_batch_line_outcome_check', sqlIn('outcome', BATCH_LINE_OUTCOMES))
@Check('campaign_batch_line_paid_check', `("outcome" IN ('paid', 'reversed')) = ("payment_id" IS NOT NULL)`)
@Check('campaign_batch_line_amount_check', `"amount" > 0`)
@Index('campaign_batch_line_pending_key', ['lineId'], { unique: true, where: `"outcome" = 'pending'` })
@Index('campaign_batch_line_paid_key', ['lineId'], { unique: true, where: `"outcome" = 'paid'` })
// A roster rebuilt deletes its lines: each delete's foreign-key check looks lines up here.
@Index('campaign_batch_line_line_idx', ['lineId'])
export class CampaignBatchLine {
  @PrimaryColumn({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => CampaignBatch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'campaign_batch_line_batch_fkey' })
  batch?: CampaignBatch;

  @PrimaryColumn({ name: 'line_id', type: 'uuid' })
  lineId!: string;

  @ManyToOne(() => CampaignLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'line_id', foreignKeyConstraintName: 'campaign_batch_line_line_fkey' })
  line?: CampaignLine;

  /** Fen, as the line had it when the batch was made. */
  @Column({ type: 'bigint', transformer: bigintFen })
  amount!: number;

  @Column({ type: 'varchar', length: 8 })
  outcome!: BatchLineOutcome;

  @Column({ type: 'varchar', length: 200, nullable: true })
  failure!: string | null;

  @Index('campaign_batch_line_payment_key', { unique: true })
  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;

  @ManyToOne(() => Disbursement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id', foreignKeyConstraintName: 'campaign_batch_line_payment_fkey' })
  payment?: Disbursement;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
