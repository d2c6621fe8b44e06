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
import { FUND_SOURCES, type FundSource } from '@worker-aid/shared/domain';
import { bigintFen, sqlIn } from '@worker-aid/api/core';
import { Unit } from '@worker-aid/api/units';

/**
 * A fund (帮扶资金) and its running totals, kept in step with the ledger rows in the same
 * transaction. The database itself refuses a balance below zero.
 */
@Entity('fund')
@Unique('fund_code_key', ['code'])
@Check('fund_source_check', sqlIn('source', FUND_SOURCES))
@Check('fund_balance_check', `"allocated" >= 0 AND "disbursed" >= 0 AND "allocated" >= "disbursed"`)
export class Fund {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  source!: FundSource;

  /** The unit that holds the fund: it and the units above it see the fund. */
  @Index('fund_unit_idx')
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fund_unit_fkey' })
  unit?: Unit;

  @Column({ type: 'bigint', default: 0, transformer: bigintFen })
  allocated!: number;

  /** Payments less reversals. */
  @Column({ type: 'bigint', default: 0, transformer: bigintFen })
  disbursed!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
