import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last case number handed out per type and year. */
@Entity('case_number_counter')
export class CaseNumberCounter {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  type!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ name: 'last_value', type: 'integer' })
  lastValue!: number;
}
