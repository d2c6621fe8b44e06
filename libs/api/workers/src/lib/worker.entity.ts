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
  UpdateDateColumn,
} from 'typeorm';
import type { Gender } from '@worker-aid/shared/domain';
import { Unit } from '@worker-aid/api/units';

/** A hardship worker's file (困难职工档案): registered once, reused by every case. */
@Entity('worker')
@Unique('worker_id_number_key', ['idNumber'])
@Check('worker_gender_check', `"gender" IN ('male', 'female')`)
@Index('worker_unit_idx', ['unitId', 'listSeq'])
// A trigram index for name fragments; written by hand in the migration.
@Index('worker_name_trgm_idx', { synchronize: false })
export class Worker {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Insertion order, for stable keyset paging (newest first). */
  @Index('worker_list_seq_key', { unique: true })
  @Column({ name: 'list_seq', type: 'bigint', generated: 'increment', insert: false, update: false })
  listSeq!: string;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  /** The normalised 18-character resident identity number; never leaves the API unmasked except through reveal. */
  @Column({ name: 'id_number', type: 'varchar', length: 18 })
  idNumber!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'worker_unit_fkey' })
  unit?: Unit;

  /** Derived from the identity number. */
  @Column({ type: 'varchar', length: 6 })
  gender!: Gender;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'migrant_worker', type: 'boolean', default: false })
  migrantWorker!: boolean;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  employer!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
