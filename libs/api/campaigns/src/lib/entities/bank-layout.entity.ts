import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { BankFileColumn, BankLayout } from '@worker-aid/shared/domain';

/** A bank's payroll file layout (代发格式) and result-file headings, set by an administrator. */
@Entity('bank_layout')
@Unique('bank_layout_bank_name_key', ['bankName'])
export class BankLayoutRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'bank_name', type: 'varchar', length: 50 })
  bankName!: string;

  /** `[{field, heading}]` in the file's order. */
  @Column({ type: 'jsonb' })
  columns!: BankFileColumn[];

  @Column({ name: 'result_columns', type: 'jsonb' })
  resultColumns!: BankLayout['resultColumns'];

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
