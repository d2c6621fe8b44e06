import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { bigintFen } from '@worker-aid/api/core';
import { Fund } from './fund.entity';

/** Money put into a fund (资金下拨): an append-only ledger row. */
@Entity('fund_allocation')
@Check('fund_allocation_amount_check', `"amount" > 0`)
@Index('fund_allocation_fund_idx', ['fundId', 'createdAt'])
export class FundAllocation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'fund_id', type: 'uuid' })
  fundId!: string;

  @ManyToOne(() => Fund, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id', foreignKeyConstraintName: 'fund_allocation_fund_fkey' })
  fund?: Fund;

  @Column({ type: 'bigint', transformer: bigintFen })
  amount!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
