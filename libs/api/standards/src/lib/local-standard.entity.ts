import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { RELATIVE_MULTIPLE_TENTHS, SUDDEN_SHARE_PERCENT } from '@worker-aid/shared/domain';
import { bigintFen } from '@worker-aid/api/core';
import { Unit } from '@worker-aid/api/units';

/**
 * A unit's local standard (地方困难标准) from a day on: the poverty line and the two parameters of
 * the hardship tier rule (`hardshipTier` in the shared domain). One per unit and day; the history
 * stays, the one in force on a day is the latest that began on or before it.
 */
@Entity('local_standard')
@Unique('local_standard_unit_day_key', ['unitId', 'effectiveFrom'])
@Check('local_standard_poverty_line_check', `"poverty_line" > 0`)
@Check(
  'local_standard_relative_multiple_check',
  `"relative_multiple_tenths" BETWEEN ${RELATIVE_MULTIPLE_TENTHS.min} AND ${RELATIVE_MULTIPLE_TENTHS.max}`,
)
@Check(
  'local_standard_sudden_share_check',
  `"sudden_share_percent" BETWEEN ${SUDDEN_SHARE_PERCENT.min} AND ${SUDDEN_SHARE_PERCENT.max}`,
)
export class LocalStandard {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'local_standard_unit_fkey' })
  unit?: Unit;

  /** `YYYY-MM-DD`, a day of the center's calendar. */
  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  /** Fen per person per month. */
  @Column({ name: 'poverty_line', type: 'bigint', transformer: bigintFen })
  povertyLine!: number;

  /** The relative multiple in tenths: 20 is 2.0. */
  @Column({ name: 'relative_multiple_tenths', type: 'integer' })
  relativeMultipleTenths!: number;

  @Column({ name: 'sudden_share_percent', type: 'integer' })
  suddenSharePercent!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
