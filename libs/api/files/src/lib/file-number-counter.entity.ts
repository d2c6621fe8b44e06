import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last file number handed out per year. */
@Entity('file_number_counter')
export class FileNumberCounter {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ name: 'last_value', type: 'integer' })
  lastValue!: number;
}
