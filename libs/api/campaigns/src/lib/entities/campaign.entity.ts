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
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  type CampaignAmount,
  type CampaignEligibility,
  type CampaignKind,
  type CampaignStatus,
} from '@worker-aid/shared/domain';
import { sqlIn } from '@worker-aid/api/core';
import { Fund } from '@worker-aid/api/funds';
import { Unit } from '@worker-aid/api/units';
import { User } from '@worker-aid/api/users';

/**
 * A campaign (专项帮扶活动): its rules (kind, year, fund, eligibility, standard amounts), held by
 * the unit that runs it; its roster covers that unit's subtree.
 */
@Entity('campaign')
@Check('campaign_kind_check', sqlIn('kind', CAMPAIGN_KINDS))
@Check('campaign_status_check', sqlIn('status', CAMPAIGN_STATUSES))
@Check('campaign_year_check', `"year" BETWEEN 2000 AND 2100`)
@Check('campaign_approved_check', `("status" IN ('approved', 'closed')) = ("approved_at" IS NOT NULL)`)
@Index('campaign_unit_idx', ['unitId', 'listSeq'])
export class Campaign {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Newest first in lists: the keyset. */
  @Index('campaign_list_seq_key', { unique: true })
  @Column({ name: 'list_seq', type: 'bigint', generated: 'increment', insert: false, update: false })
  listSeq!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: CampaignKind;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: CampaignStatus;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'campaign_unit_fkey' })
  unit?: Unit;

  @Column({ name: 'fund_id', type: 'uuid' })
  fundId!: string;

  @ManyToOne(() => Fund, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id', foreignKeyConstraintName: 'campaign_fund_fkey' })
  fund?: Fund;

  /** `{tiers, migrantOnly}`. */
  @Column({ type: 'jsonb' })
  eligibility!: CampaignEligibility;

  /** `[{tier, level?, amount}]`, amounts in fen. */
  @Column({ type: 'jsonb' })
  amounts!: CampaignAmount[];

  @Column({ name: 'roster_built_at', type: 'timestamptz', nullable: true })
  rosterBuiltAt!: Date | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'notice_starts_on', type: 'date', nullable: true })
  noticeStartsOn!: string | null;

  @Column({ name: 'notice_ends_on', type: 'date', nullable: true })
  noticeEndsOn!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'campaign_created_by_fkey' })
  creator?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
