import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CaseType } from '@worker-aid/shared/domain';
import { bigintFen } from '@worker-aid/api/core';
import { Unit } from '@worker-aid/api/units';
import { Fund } from '../fund.entity';

/**
 * The disbursement ledger summed per unit subtree, month, aid type and fund: one row for every
 * unit that has the paying case's unit in its subtree (the unit itself and each ancestor), kept
 * in the same transaction as each payment and reversal. A report reads a few of these rows
 * instead of every payment; `workers` makes its `persons` exact rather than estimated.
 */
@Entity('disbursement_rollup')
@Check('disbursement_rollup_person_times_check', `"person_times" >= 0`)
@Check('disbursement_rollup_month_check', `"month" = date_trunc('month', "month")::date`)
export class DisbursementRollup {
  /** The subtree's top unit. */
  @PrimaryColumn({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'disbursement_rollup_unit_fkey' })
  unit?: Unit;

  /** The first day of the month of `paid_on`. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ name: 'case_type', type: 'varchar', length: 16 })
  caseType!: CaseType;

  @PrimaryColumn({ name: 'fund_id', type: 'uuid' })
  fundId!: string;

  @ManyToOne(() => Fund, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id', foreignKeyConstraintName: 'disbursement_rollup_fund_fkey' })
  fund?: Fund;

  /** Payments less reversals (人次). */
  @Column({ name: 'person_times', type: 'integer' })
  personTimes!: number;

  /** Fen: payments less reversals. */
  @Column({ type: 'bigint', transformer: bigintFen })
  amount!: number;

  /** Roaring bitmap (portable format) of `worker.list_seq` of the workers with a payment not reversed. */
  @Column({ type: 'bytea' })
  workers!: Buffer;
}
