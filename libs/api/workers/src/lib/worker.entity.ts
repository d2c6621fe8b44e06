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
import { GENDERS, type Gender } from '@worker-aid/shared/domain';
import { encryptedText, sqlIn } from '@worker-aid/api/core';
import { Unit } from '@worker-aid/api/units';
import { WORKER_ENCRYPTED } from './worker-encryption';

/**
 * A hardship worker's file (困难职工档案): registered once, reused by every case. The identity
 * number, phone and bank account are stored encrypted (AES-256-GCM); the identity number is
 * found, and kept unique, through its blind index.
 */
@Entity('worker')
@Unique('worker_id_number_index_key', ['idNumberIndex'])
@Check('worker_gender_check', sqlIn('gender', GENDERS))
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
  @Column({
    name: 'id_number_encrypted',
    type: 'text',
    transformer: encryptedText(WORKER_ENCRYPTED.idNumber),
  })
  idNumber!: string;

  /** HMAC-SHA-256 of the identity number: see `idNumberIndex`. */
  @Column({ name: 'id_number_index', type: 'bytea' })
  idNumberIndex!: Buffer;

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

  @Column({
    name: 'phone_encrypted',
    type: 'text',
    nullable: true,
    transformer: encryptedText(WORKER_ENCRYPTED.phone),
  })
  phone!: string | null;

  /** The account aid is paid into, digits only (银行账号). */
  @Column({
    name: 'bank_account_encrypted',
    type: 'text',
    nullable: true,
    transformer: encryptedText(WORKER_ENCRYPTED.bankAccount),
  })
  bankAccount!: string | null;

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
