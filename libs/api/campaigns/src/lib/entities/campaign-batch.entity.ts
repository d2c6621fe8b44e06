import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import {
  BATCH_STATUSES,
  PAYMENT_METHODS,
  type BatchStatus,
  type PaymentMethod,
} from '@worker-aid/shared/domain';
import { bigintFen, sqlIn } from '@worker-aid/api/core';
import { BankLayoutRow } from './bank-layout.entity';
import { Campaign } from './campaign.entity';

/** A batch (批次) of a campaign's lines paid one way: through the bank's payroll service, in cash or in kind. */
@Entity('campaign_batch')
@Unique('campaign_batch_number_key', ['campaignId', 'number'])
@Check('campaign_batch_method_check', sqlIn('method', PAYMENT_METHODS))
@Check('campaign_batch_status_check', sqlIn('status', BATCH_STATUSES))
export class CampaignBatch {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'campaign_batch_campaign_fkey' })
  campaign?: Campaign;

  /** 1, 2, … within the campaign. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 8 })
  method!: PaymentMethod;

  @Column({ type: 'varchar', length: 8 })
  status!: BatchStatus;

  @Column({ name: 'layout_id', type: 'uuid', nullable: true })
  layoutId!: string | null;

  @ManyToOne(() => BankLayoutRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'layout_id', foreignKeyConstraintName: 'campaign_batch_layout_fkey' })
  layout?: BankLayoutRow;

  @Column({ name: 'line_count', type: 'integer' })
  lineCount!: number;

  @Column({ type: 'bigint', transformer: bigintFen })
  amount!: number;

  @Column({ name: 'bank_file_downloads', type: 'integer', default: 0 })
  bankFileDownloads!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
