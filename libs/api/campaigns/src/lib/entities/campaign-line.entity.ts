import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import {
  CAMPAIGN_LINE_STATUSES,
  type CampaignLineObjection,
  CAMPAIGN_TIERS,
  type CampaignLineStatus,
  type CampaignTier,
} from '@worker-aid/shared/domain';
import { bigintFen, sqlIn } from '@worker-aid/api/core';
import { HardshipFile } from '@worker-aid/api/files';
import { Worker } from '@worker-aid/api/workers';
import { encryptedChildren } from '../campaign-line-encryption';
import { Campaign } from './campaign.entity';

/** A line's objection as stored: with the user who recorded it. */
export interface StoredObjection extends CampaignLineObjection {
  by: string;
}

/**
 * One worker on a campaign's roster (名单), copied from their active file when the roster was
 * built (a snapshot: later changes to the file do not move it). A worker is on a campaign at
 * most once (`campaign_line_worker_key`). `batch_id`, `failure` and `payment_id` repeat what the
 * batch lines say last, so that the roster lists without a join.
 */
@Entity('campaign_line')
@Unique('campaign_line_worker_key', ['campaignId', 'workerId'])
@Unique('campaign_line_no_key', ['campaignId', 'lineNo'])
@Check('campaign_line_status_check', sqlIn('status', CAMPAIGN_LINE_STATUSES))
@Check('campaign_line_tier_check', sqlIn('tier', CAMPAIGN_TIERS))
@Check('campaign_line_amount_check', `"amount" >= 0 AND "standard_amount" >= 0`)
@Check('campaign_line_paid_check', `("status" = 'paid') = ("payment_id" IS NOT NULL)`)
@Check('campaign_line_in_batch_check', `"status" <> 'in_batch' OR "batch_id" IS NOT NULL`)
@Check('campaign_line_excluded_check', `"status" <> 'excluded' OR "reason" IS NOT NULL`)
@Index('campaign_line_status_idx', ['campaignId', 'status', 'lineNo'])
// The amounts by status, summed without reading the table; with INCLUDE, written by hand in the migration.
@Index('campaign_line_amounts_idx', { synchronize: false })
export class CampaignLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'campaign_line_campaign_fkey' })
  campaign?: Campaign;

  /** 1, 2, … within the campaign: the 序号 of the payroll file. */
  @Column({ name: 'line_no', type: 'integer' })
  lineNo!: number;

  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @ManyToOne(() => Worker, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'worker_id', foreignKeyConstraintName: 'campaign_line_worker_fkey' })
  worker?: Worker;

  /** The worker's unit when the roster was built: scope, and the unit its payment counts for. */
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  /** Null only for rosters from before the software, kept on paper files. */
  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  fileId!: string | null;

  @ManyToOne(() => HardshipFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'campaign_line_file_fkey' })
  file?: HardshipFile;

  @Column({ type: 'varchar', length: 16 })
  tier!: CampaignTier;

  @Column({ name: 'migrant_worker', type: 'boolean' })
  migrantWorker!: boolean;

  @Column({ name: 'standard_amount', type: 'bigint', transformer: bigintFen })
  standardAmount!: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  amount!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: CampaignLineStatus;

  /** Why excluded (an objection's words), why the amount differs from the standard, or why a line an objection excluded was put back. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** School aid: the children entering school, as `[{name, birthYear, level}]`, encrypted like a file's members. */
  @Column({ type: 'jsonb', nullable: true, transformer: encryptedChildren })
  children!: unknown;

  @Column({ name: 'batch_id', type: 'uuid', nullable: true })
  batchId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  failure!: string | null;

  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn!: string | null;

  /** The last objection during the notice (公示异议), with who recorded it; kept after a reinstatement. */
  @Column({ type: 'jsonb', nullable: true })
  objection!: StoredObjection | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
